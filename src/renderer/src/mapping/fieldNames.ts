// Vigil's import fields as the mapping editor shows them: a name for a reader (from the catalog) and
// the group the field sits in. The Record type makes the compiler keep the groups in step with
// IMPORT_FIELDS (shared/fields.ts); the catalog's types do the same for the names.
import { IMPORT_FIELDS, type ImportField } from '../../../shared/fields';
import { i18n } from '../i18n/instance';

export type FieldGroup = 'time' | 'what' | 'where' | 'who' | 'other';

/** The groups in the order the editor shows them. */
const GROUP_ORDER: readonly FieldGroup[] = ['time', 'what', 'where', 'who', 'other'];

/** A field's name for a reader, in the window's language ("Occurred at", 发生时间). */
export function fieldName(field: ImportField): string {
  return i18n.t(`import:fields.${field}`);
}

export function fieldGroupName(group: FieldGroup): string {
  return i18n.t(`import:fieldGroups.${group}`);
}

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
export const FIELD_GROUPS: readonly { group: FieldGroup; fields: readonly ImportField[] }[] = GROUP_ORDER.map(
  (group) => ({
    group,
    fields: IMPORT_FIELDS.filter((field) => FIELD_GROUP[field] === group),
  }),
);

/** The time fields, whose values the preview shows as parsed times. */
export function isTimeField(field: ImportField): boolean {
  return FIELD_GROUP[field] === 'time';
}
