// The columns of an incident export, in order: Vigil's field names (the ones `vigil sample` writes, so
// the importer maps them without a mapping step), then what a re-import needs to store the same row:
// the category label as the source wrote it, the unmapped columns as one JSON object, and the
// fingerprint, which doubles as the marker of a file Vigil exported (src/main/import/vigilExport.ts).
import { IMPORT_FIELDS, type ImportField } from '../../shared/fields';

export const CATEGORY_RAW_COLUMN = 'category_raw';
export const EXTRA_COLUMN = 'extra';
export const FINGERPRINT_COLUMN = 'fingerprint';

export type ExportColumn =
  ImportField | typeof CATEGORY_RAW_COLUMN | typeof EXTRA_COLUMN | typeof FINGERPRINT_COLUMN;

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  ...IMPORT_FIELDS,
  CATEGORY_RAW_COLUMN,
  EXTRA_COLUMN,
  FINGERPRINT_COLUMN,
];

/** Every export column is an incidents column of the same name: a fixed list, safe to write into SQL. */
export const EXPORT_SELECT = `SELECT id, ${EXPORT_COLUMNS.join(', ')} FROM incidents`;

/** A stored row as the export reads it: the id, then each column's text (null for an absent id or time). */
export type ExportRow = [number, ...(string | null)[]];
