// Severity levels of DESIGN.md §3, ordered from least to most severe.

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

const SEVERITY_WORDS: ReadonlyMap<string, Severity> = new Map([
  ['low', 'low'],
  ['medium', 'medium'],
  ['moderate', 'medium'],
  ['high', 'high'],
  ['critical', 'critical'],
  ['低', 'low'],
  ['中', 'medium'],
  ['高', 'high'],
  ['严重', 'critical'],
]);

/** A severity word as a source wrote it, or null when it is not one Vigil knows. */
export function parseSeverity(value: string): Severity | null {
  return SEVERITY_WORDS.get(value.normalize('NFKC').trim().toLowerCase()) ?? null;
}
