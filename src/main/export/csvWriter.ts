// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted when it
// holds a comma, a quote, CR or LF, and a quote inside a field doubled. UTF-8 with a byte-order mark, so
// that spreadsheets on Windows read Chinese text as UTF-8 rather than as the system code page.
import { guardCell } from './formulaGuard';

export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One record of the cells from `from` on (null is an empty cell): every cell guarded against formula
 * injection, then quoted as needed, then CRLF.
 */
export function csvRecord(cells: readonly (string | number | null)[], from = 0): string {
  let line = '';
  for (let i = from; i < cells.length; i++) {
    if (i > from) line += ',';
    line += csvField(guardCell(String(cells[i] ?? '')));
  }
  return `${line}\r\n`;
}
