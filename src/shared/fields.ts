// The incident fields an import can fill (DESIGN.md §3), by the name a file's header uses for them.

export const IMPORT_FIELDS = [
  'external_id',
  'source',
  'occurred_at',
  'detected_at',
  'reported_at',
  'closed_at',
  'category',
  'subcategory',
  'severity',
  'status',
  'tlp',
  'title',
  'description',
  'asset',
  'asset_ip',
  'attacker_ip',
  'region',
  'country',
  'sector',
  'victim_org',
  'reporter',
  'tags',
  'notes',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header text as a field name: case, spaces and hyphens do not matter ("Occurred At" is occurred_at). */
export function fieldForHeader(header: string): ImportField | null {
  const key = header
    .normalize('NFKC')
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (IMPORT_FIELDS as readonly string[]).includes(key) ? (key as ImportField) : null;
}
