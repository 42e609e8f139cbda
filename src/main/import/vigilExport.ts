// Reading back a file Vigil exported (src/main/export/), so that exporting and importing again stores
// the same rows: into the same store nothing new, into an empty one the same incidents.
//
// - A column named `extra` (any file) holding a JSON object of text values is spread back into the
//   incident's extra columns; any other value of it is kept as a column named "extra", as before.
// - A column named `fingerprint` marks Vigil's export. In such a file:
//   - a well-formed fingerprint (32 hex digits) is the row's dedupe key, instead of a hash of the row's
//     columns, which differ from those of the file the incident first came from;
//   - `category_raw` is the label as the first source wrote it, and `category` the code the exporting
//     store gave it (a triage edit or a label mapping included);
//   - a CSV cell starting with a quote, then any quotes, then a character a spreadsheet reads as a
//     formula loses that one quote: it is the guard the export added (src/main/export/formulaGuard.ts).
//     Only CSV files are unguarded (a JSON export is written without guards), and only with the marker,
//     so that a quote another tool wrote on purpose is kept.
import type { FileFormat } from '../../shared/mapping';
import { CATEGORY_CODES, type CategoryCode } from '../../shared/taxonomy';
import { CATEGORY_RAW_COLUMN, EXTRA_COLUMN, FINGERPRINT_COLUMN } from '../export/exportColumns';

/** Where a Vigil export's own columns are in a file, when it is one. */
export interface ExportedColumns {
  fingerprint: number;
  /** -1 when the file has none. */
  categoryRaw: number;
  /** Cells carry the export's formula guard. */
  guarded: boolean;
}

function columnNamed(headers: readonly string[], name: string): number {
  return headers.findIndex((header) => header.trim().toLowerCase() === name);
}

/** The export's columns, or null for a file Vigil did not export. */
export function exportedColumns(headers: readonly string[], format?: FileFormat): ExportedColumns | null {
  const fingerprint = columnNamed(headers, FINGERPRINT_COLUMN);
  if (fingerprint < 0) return null;
  return {
    fingerprint,
    categoryRaw: columnNamed(headers, CATEGORY_RAW_COLUMN),
    guarded: format === undefined || format === 'csv',
  };
}

/** The column whose JSON object is spread back into extra, or -1. */
export function extraJsonColumn(headers: readonly string[]): number {
  return columnNamed(headers, EXTRA_COLUMN);
}

/** Columns of an export that are read as such and so never land in extra themselves. */
export function exportOwnColumns(exported: ExportedColumns | null): number[] {
  if (exported === null) return [];
  return exported.categoryRaw < 0 ? [exported.fingerprint] : [exported.fingerprint, exported.categoryRaw];
}

/** Spreads an `extra` cell into extra (earlier keys win); false when it is not an object of texts. */
export function spreadExtra(extra: Record<string, string>, cell: string): boolean {
  if (!cell.startsWith('{')) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return false;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (!entries.every(([, value]) => typeof value === 'string')) return false;
  for (const [key, value] of entries as [string, string][]) extra[key] ??= value;
  return true;
}

const FINGERPRINT = /^[0-9a-f]{32}$/i;

/** The file's fingerprint for a row when it is well-formed, else null (the row's hash is used). */
export function exportedFingerprint(cell: string | undefined): string | null {
  const text = (cell ?? '').trim();
  return FINGERPRINT.test(text) ? text.toLowerCase() : null;
}

const CODES: ReadonlySet<string> = new Set(CATEGORY_CODES);

/** The exporting store's category when the cell is a code, else null (the label is categorized). */
export function exportedCategory(cell: string): CategoryCode | null {
  return CODES.has(cell) ? (cell as CategoryCode) : null;
}
