// CSV text a spreadsheet opens safely. Untrusted cells are quoted (RFC 4180) and a cell that starts
// like a formula is neutralized with a leading single quote (DESIGN.md §4): =, +, -, @, tab, CR, LF,
// NUL and their full-width forms, since spreadsheet programs fold full-width signs to ASCII.

const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The cell with a leading quote when a spreadsheet would read it as a formula. */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: neutralized, then quoted when it holds a quote, a comma, a line break or edge spaces. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = neutralize(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV with CRLF line ends, starting with a UTF-8 byte order mark: without it, spreadsheet
 * programs open UTF-8 as the local code page and Chinese text turns to noise. Vigil reads the mark.
 */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
