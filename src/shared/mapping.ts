// How a file's columns become incident fields, as a user sees and edits it in the import preview and as
// saved mappings keep it. Columns are zero-based positions in the header row (two columns may share
// a name); several columns joined fill one field; a constant fills a field for every row.
import { z } from 'zod';
import { IMPORT_FIELDS, type ImportField } from './fields';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'latin1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DATE_FORMATS = ['iso', 'ymd', 'dmy', 'mdy', 'zh', 'excel', 'unix_s', 'unix_ms'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The time fields, and the order in which they stand in for a missing occurrence time (DESIGN.md §3). */
export const TIME_FIELDS = ['occurred_at', 'detected_at', 'reported_at', 'closed_at'] as const;
export type TimeField = (typeof TIME_FIELDS)[number];
export const OCCURRENCE_SOURCES = ['occurred_at', 'detected_at', 'reported_at'] as const;
export type OccurrenceSource = (typeof OCCURRENCE_SOURCES)[number];

export const MAX_COLUMNS = 1000;

export const fieldSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('columns'),
      columns: z
        .array(
          z
            .number()
            .int()
            .min(0)
            .max(MAX_COLUMNS - 1),
        )
        .min(1)
        .max(20),
    })
    .strict(),
  z.object({ kind: z.literal('constant'), value: z.string().max(1000) }).strict(),
]);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

export const importMappingSchema = z
  .object({
    fields: z.partialRecord(z.enum(IMPORT_FIELDS), fieldSourceSchema),
    /** One format for every time column, or 'auto': detected per column from the file's own values. */
    dateFormat: z.union([z.literal('auto'), z.enum(DATE_FORMATS)]).default('auto'),
    /** The zone of times written without one: an IANA name such as Asia/Shanghai, or UTC. */
    timeZone: z.string().min(1).max(64).default('UTC'),
  })
  .strict();
export type ImportMapping = z.output<typeof importMappingSchema>;

/** How records are written: delimited text, a JSON array of objects, or one JSON object per line. */
export const FILE_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const readOptionsSchema = z
  .object({
    format: z.enum(FILE_FORMATS).optional(),
    encoding: z.enum(ENCODINGS).optional(),
    delimiter: z.enum(DELIMITERS).optional(),
  })
  .strict();
export type ReadOptions = z.output<typeof readOptionsSchema>;

/** A header row as a key: saved mappings apply to files whose header reads the same. */
export function headerKey(headers: readonly string[]): string {
  return JSON.stringify(headers.map((h) => h.normalize('NFKC').trim().toLowerCase()));
}

export function fieldsOfMapping(mapping: ImportMapping): ImportField[] {
  return IMPORT_FIELDS.filter((field) => mapping.fields[field] !== undefined);
}
