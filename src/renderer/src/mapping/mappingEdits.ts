// The edits the mapping editor makes, as pure functions from one mapping to the next (the wizard keeps
// mappings as values and compares them to tell whether the user changed anything).
import { IMPORT_FIELDS, type ImportField } from '../../../shared/fields';
import type { FieldSource, ImportMapping } from '../../../shared/mapping';

/** The contract joins at most this many columns into one field. */
export const MAX_JOINED_COLUMNS = 20;

/** What a field's main select shows: no source, one column (the first of those joined), or a constant. */
export type FieldChoice = 'none' | 'constant' | `column:${number}`;

export function choiceOf(source: FieldSource | undefined): FieldChoice {
  if (source === undefined) return 'none';
  if (source.kind === 'constant') return 'constant';
  return `column:${source.columns[0] ?? 0}`;
}

/** A select's value as a choice; null for anything the editor did not offer. */
export function parseChoice(value: string): FieldChoice | null {
  if (value === 'none' || value === 'constant') return value;
  const match = /^column:(\d{1,4})$/.exec(value);
  return match === null ? null : `column:${Number(match[1])}`;
}

export function withField(
  mapping: ImportMapping,
  field: ImportField,
  source: FieldSource | undefined,
): ImportMapping {
  // Rebuilt rather than deleted from, so an unmapped field has no key at all (not one set to undefined).
  const fields: ImportMapping['fields'] = {};
  for (const other of IMPORT_FIELDS) {
    const value = other === field ? source : mapping.fields[other];
    if (value !== undefined) fields[other] = value;
  }
  return { ...mapping, fields };
}

/** The main select changed: a column replaces the first of the joined ones and keeps the others. */
export function chooseField(mapping: ImportMapping, field: ImportField, choice: FieldChoice): ImportMapping {
  const current = mapping.fields[field];
  if (choice === 'none') return withField(mapping, field, undefined);
  if (choice === 'constant') {
    return withField(mapping, field, {
      kind: 'constant',
      value: current?.kind === 'constant' ? current.value : '',
    });
  }
  const column = Number(choice.slice('column:'.length));
  const rest = current?.kind === 'columns' ? current.columns.slice(1).filter((c) => c !== column) : [];
  return withField(mapping, field, { kind: 'columns', columns: [column, ...rest] });
}

export function setConstant(mapping: ImportMapping, field: ImportField, value: string): ImportMapping {
  return withField(mapping, field, { kind: 'constant', value });
}

/** Joins one more column: the first one, left to right, that the field does not use yet. */
export function addJoinedColumn(
  mapping: ImportMapping,
  field: ImportField,
  columnCount: number,
): ImportMapping {
  const current = mapping.fields[field];
  if (current?.kind !== 'columns' || current.columns.length >= MAX_JOINED_COLUMNS) return mapping;
  const next = Array.from({ length: columnCount }, (_, i) => i).find((i) => !current.columns.includes(i));
  if (next === undefined) return mapping;
  return withField(mapping, field, { kind: 'columns', columns: [...current.columns, next] });
}

export function setJoinedColumn(
  mapping: ImportMapping,
  field: ImportField,
  position: number,
  column: number,
): ImportMapping {
  const current = mapping.fields[field];
  if (current?.kind !== 'columns' || position >= current.columns.length) return mapping;
  const columns = current.columns.map((c, i) => (i === position ? column : c));
  return withField(mapping, field, { kind: 'columns', columns });
}

export function removeJoinedColumn(
  mapping: ImportMapping,
  field: ImportField,
  position: number,
): ImportMapping {
  const current = mapping.fields[field];
  if (current?.kind !== 'columns' || current.columns.length < 2) return mapping;
  return withField(mapping, field, {
    kind: 'columns',
    columns: current.columns.filter((_, i) => i !== position),
  });
}

/** The mapping as canonical text: fields in IMPORT_FIELDS order, so equal mappings read the same. */
function canonical(mapping: ImportMapping): string {
  const fields = IMPORT_FIELDS.map((field) => [field, mapping.fields[field] ?? null]);
  return JSON.stringify([fields, mapping.dateFormat, mapping.timeZone]);
}

export function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  return canonical(a) === canonical(b);
}
