// Vigil's import fields as the mapping editor shows them: a name for a reader and the group the field
// sits in. The Record types make the compiler keep both in step with IMPORT_FIELDS (shared/fields.ts).
import { IMPORT_FIELDS, type ImportField } from '../../../shared/fields';

export type FieldGroup = 'time' | 'what' | 'where' | 'who' | 'other';

export const FIELD_GROUP_NAMES: Readonly<Record<FieldGroup, string>> = {
  time: 'Time',
  what: 'What happened',
  where: 'Where',
  who: 'Who',
  other: 'Other',
};

export const FIELD_NAMES: Readonly<Record<ImportField, string>> = {
  external_id: 'External id',
  source: 'Source',
  occurred_at: 'Occurred at',
  detected_at: 'Detected at',
  reported_at: 'Reported at',
  closed_at: 'Closed at',
  category: 'Category',
  subcategory: 'Subcategory',
  severity: 'Severity',
  status: 'Status',
  tlp: 'TLP',
  title: 'Title',
  description: 'Description',
  asset: 'Asset (URL, domain, host)',
  asset_ip: 'Asset IP',
  attacker_ip: 'Attacker IP',
  region: 'Region',
  country: 'Country',
  sector: 'Sector',
  victim_org: 'Victim organisation',
  reporter: 'Reporter',
  tags: 'Tags',
  notes: 'Notes',
};

const FIELD_GROUP: Readonly<Record<ImportField, FieldGroup>> = {
  occurred_at: 'time',
  detected_at: 'time',
  reported_at: 'time',
  closed_at: 'time',
  category: 'what',
  subcategory: 'what',
  severity: 'what',
  status: 'what',
  tlp: 'what',
  title: 'what',
  description: 'what',
  asset: 'where',
  asset_ip: 'where',
  region: 'where',
  country: 'where',
  sector: 'where',
  victim_org: 'who',
  attacker_ip: 'who',
  reporter: 'who',
  source: 'who',
  external_id: 'other',
  tags: 'other',
  notes: 'other',
};

/** The groups in the order the editor shows them, each with its fields in IMPORT_FIELDS order. */
export const FIELD_GROUPS: readonly { group: FieldGroup; fields: readonly ImportField[] }[] = (
  Object.keys(FIELD_GROUP_NAMES) as FieldGroup[]
).map((group) => ({ group, fields: IMPORT_FIELDS.filter((field) => FIELD_GROUP[field] === group) }));

/** The time fields, whose values the preview shows as parsed times. */
export function isTimeField(field: ImportField): boolean {
  return FIELD_GROUP[field] === 'time';
}
