// A mapping made concrete for one file: for each field, how to read it from a record; for each time
// field, how its dates are written; which columns go to `extra`. Built once per file, used per row.
import type { DateFormatChoice } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import { IMPORT_FIELDS, type ImportField } from '../../shared/fields';
import { suggestMapping } from '../../shared/headerSynonyms';
import { messageText, type Message } from '../../shared/i18n/message';
import {
  OCCURRENCE_SOURCES,
  TIME_FIELDS,
  importMappingSchema,
  type FieldSource,
  type FileFormat,
  type ImportMapping,
  type OccurrenceSource,
  type TimeField,
} from '../../shared/mapping';
import { categorize, foldLabel, type CategoryCode } from '../../shared/taxonomy';
import { detectDateFormat } from './dateDetect';
import { isValidTimeZone, makeDateReader } from './dates';
import { exportedColumns, exportOwnColumns, extraJsonColumn, type ExportedColumns } from './vigilExport';

export type FieldGetter = (fields: readonly string[]) => string;

export interface RowPlan {
  headers: string[];
  mapping: ImportMapping;
  getters: Partial<Record<ImportField, FieldGetter>>;
  /** Columns no field uses, kept in `extra` under their header text (`json`: spread, see vigilExport.ts). */
  extra: { header: string; index: number; json?: boolean }[];
  timeField: OccurrenceSource;
  dateReaders: Partial<Record<TimeField, (text: string) => string | null>>;
  dateFormats: Partial<Record<TimeField, DateFormatChoice>>;
  /** A category label as a code: the user's label mappings first, then the taxonomy. */
  categoryOf: (label: string) => CategoryCode;
  /** Vigil's own columns when the file is a Vigil export, else null (see vigilExport.ts). */
  exported?: ExportedColumns | null;
}

/** The mapping Vigil proposes for a header row, before the user adjusts it. */
export function suggestImportMapping(headers: readonly string[]): ImportMapping {
  const suggestion = suggestMapping(headers);
  const fields: Partial<Record<ImportField, FieldSource>> = {};
  for (const field of IMPORT_FIELDS) {
    const index = suggestion.fields[field];
    if (index !== undefined) fields[field] = { kind: 'columns', columns: [index] };
  }
  return importMappingSchema.parse({ fields });
}

/** What stops a file from being imported as mapped, as catalog messages; empty when it can be. */
export function mappingProblems(headers: readonly string[], mapping: ImportMapping): Message[] {
  const problems: Message[] = [];
  for (const field of IMPORT_FIELDS) {
    const source = mapping.fields[field];
    if (source?.kind !== 'columns') continue;
    for (const column of source.columns) {
      if (column >= headers.length) {
        problems.push({
          key: 'import:errors.columnOutOfRange',
          params: { field, column: column + 1, columns: headers.length },
        });
      }
    }
  }
  if (!OCCURRENCE_SOURCES.some((f) => mapping.fields[f] !== undefined)) {
    problems.push({ key: 'import:errors.noTimeColumn', params: { headers: headerList(headers, 12) } });
  }
  if (!isValidTimeZone(mapping.timeZone))
    problems.push({ key: 'import:errors.unknownZone', params: { zone: mapping.timeZone } });
  return problems;
}

/** The header's names joined by commas, the first `most` of them then ", ..."; names as the file has them. */
function headerList(headers: readonly string[], most = headers.length): string {
  return `${headers.slice(0, most).join(', ')}${headers.length > most ? ', ...' : ''}`;
}

/**
 * The fault for a file that cannot be imported as mapped. One problem is said in every reader's
 * language; several are joined in English, as the catalogs have no sentence for a list of them.
 */
function mappingFault(problems: readonly Message[], file: string): VigilFault {
  const where = { file, line: 1 };
  const [only] = problems;
  if (problems.length === 1 && only !== undefined) return new VigilFault('missing_column', only, where);
  const english = problems.map((problem) => messageText(problem, 'en')).join('; ');
  return new VigilFault('missing_column', english, where);
}

/**
 * Builds the plan for a file. `sample` is the first data records, from which 'auto' date formats are
 * chosen. Throws a VigilFault naming the file when the mapping cannot work for it.
 */
export function buildPlan(
  headers: string[],
  mapping: ImportMapping,
  sample: readonly (readonly string[])[],
  labels: ReadonlyMap<string, CategoryCode>,
  file: string,
  format?: FileFormat,
): RowPlan {
  const problems = mappingProblems(headers, mapping);
  if (problems.length > 0) throw mappingFault(problems, file);

  const getters: Partial<Record<ImportField, FieldGetter>> = {};
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const source = mapping.fields[field];
    if (source === undefined) continue;
    getters[field] = getterFor(source);
    if (source.kind === 'columns') for (const c of source.columns) used.add(c);
  }

  const dateReaders: RowPlan['dateReaders'] = {};
  const dateFormats: RowPlan['dateFormats'] = {};
  for (const field of TIME_FIELDS) {
    const get = getters[field];
    if (get === undefined) continue;
    let choice: DateFormatChoice;
    if (mapping.dateFormat === 'auto') {
      const detected = detectDateFormat(sample.map((record) => get(record)));
      choice = {
        format: detected.format,
        ambiguous: detected.ambiguous,
        reason: detected.reason,
        why: detected.why,
      };
    } else {
      const why: Message = { key: 'import:dateWhy.chosen', params: { format: mapping.dateFormat } };
      choice = { format: mapping.dateFormat, ambiguous: false, reason: messageText(why, 'en'), why };
    }
    dateFormats[field] = choice;
    dateReaders[field] = makeDateReader(choice.format, mapping.timeZone);
  }

  const exported = exportedColumns(headers, format);
  const own = new Set(exportOwnColumns(exported));
  const extraJson = extraJsonColumn(headers);
  const extra: RowPlan['extra'] = [];
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    if (used.has(index) || own.has(index)) return;
    const base = header === '' ? `column ${String(index + 1)}` : header;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    extra.push({
      header: count === 1 ? base : `${base} (${String(count)})`,
      index,
      ...(index === extraJson ? { json: true } : {}),
    });
  });

  const timeField = OCCURRENCE_SOURCES.find((f) => getters[f] !== undefined) ?? 'occurred_at';
  // Exports repeat a handful of labels a million times: fold each spelling once.
  const known = new Map<string, CategoryCode>();
  const categoryOf = (label: string): CategoryCode => {
    if (label === '') return 'uncategorized';
    let code = known.get(label);
    if (code === undefined) {
      code = labels.get(foldLabel(label)) ?? categorize(label);
      if (known.size < 10_000) known.set(label, code);
    }
    return code;
  };
  return { headers, mapping, getters, extra, timeField, dateReaders, dateFormats, categoryOf, exported };
}

function getterFor(source: FieldSource): FieldGetter {
  if (source.kind === 'constant') {
    const value = source.value.trim();
    return () => value;
  }
  const [only, ...more] = source.columns;
  if (only !== undefined && more.length === 0) return (fields) => (fields[only] ?? '').trim();
  const columns = source.columns;
  // Several columns fill one field: their non-empty values, joined by a space.
  return (fields) => {
    let out = '';
    for (const c of columns) {
      const value = (fields[c] ?? '').trim();
      if (value !== '') out = out === '' ? value : `${out} ${value}`;
    }
    return out;
  };
}

/** Changes to a resolved mapping given by name (the command line's --map, --set, --date-format). */
export interface MappingOverrides {
  /** Header names per field; several names join their columns. */
  columns?: Partial<Record<ImportField, string[]>>;
  constants?: Partial<Record<ImportField, string>>;
  dateFormat?: ImportMapping['dateFormat'];
  timeZone?: string;
}

export function applyOverrides(
  headers: readonly string[],
  mapping: ImportMapping,
  overrides: MappingOverrides,
  file: string,
): ImportMapping {
  const fields = { ...mapping.fields };
  const folded = headers.map((h) => h.normalize('NFKC').trim().toLowerCase());
  for (const field of IMPORT_FIELDS) {
    const names = overrides.columns?.[field];
    if (names === undefined) continue;
    const columns = names.map((name) => {
      const index = folded.indexOf(name.normalize('NFKC').trim().toLowerCase());
      if (index < 0) {
        throw new VigilFault(
          'invalid_input',
          { key: 'import:errors.noColumnNamed', params: { field, name, headers: headerList(headers) } },
          { file, line: 1 },
        );
      }
      return index;
    });
    // A column mapped to this field leaves any other field it filled by suggestion.
    for (const other of IMPORT_FIELDS) {
      const source = fields[other];
      if (other === field || source?.kind !== 'columns') continue;
      const rest = source.columns.filter((c) => !columns.includes(c));
      if (rest.length === 0) fields[other] = undefined;
      else if (rest.length !== source.columns.length) fields[other] = { kind: 'columns', columns: rest };
    }
    fields[field] = { kind: 'columns', columns };
  }
  for (const field of IMPORT_FIELDS) {
    const value = overrides.constants?.[field];
    if (value !== undefined) fields[field] = { kind: 'constant', value };
  }
  return {
    fields,
    dateFormat: overrides.dateFormat ?? mapping.dateFormat,
    timeZone: overrides.timeZone ?? mapping.timeZone,
  };
}
