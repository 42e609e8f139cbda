// Text from the analyst (the marking) reaches the printed page's margins only as a CSS string set
// through the CSSOM, never as markup or style text: quotes, backslashes and control characters are
// written as escapes, so the value can only ever be one string.
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out +=
      cp < 0x20 || cp === 0x22 || cp === 0x5c || (cp >= 0x7f && cp <= 0x9f) ? `\\${cp.toString(16)} ` : ch;
  }
  return `${out}"`;
}
