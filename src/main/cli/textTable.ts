// Columns of plain text that line up in a terminal, where Chinese characters take two cells.

/** East Asian wide and full-width characters (CJK, Hangul, full-width forms) take two cells. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, alignRight: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? fill + text : text + fill;
}

/** Rows as lines: the first column aligned left, the others right, two spaces between columns. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))) ?? [];
  return rows
    .map(
      (r) =>
        `${r
          .map((cell, i) => pad(cell, widths[i] ?? 0, i > 0))
          .join('  ')
          .trimEnd()}\n`,
    )
    .join('');
}

/** Text padded on the right to a width in terminal cells. */
export function padEnd(text: string, width: number): string {
  return pad(text, width, false);
}
