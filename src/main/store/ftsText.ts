// How text enters the full-text index. unicode61 makes a whole run of Chinese or Japanese characters one
// token (发现钓鱼网站 is one word to it), so 钓鱼 inside it could never match. Every such character is
// spaced out into a token of its own before indexing, and a query's words are spaced the same way and
// searched as a phrase: 钓鱼 matches wherever 钓 is directly followed by 鱼.
import type { Database } from 'better-sqlite3';

/** The SQL function every connection registers (open.ts); the index and its triggers call it. */
export const FTS_TEXT_FUNCTION = 'vigil_fts_text';

const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Text with every Han, Hiragana and Katakana character made a separate word, apart from its
 * neighbours whatever they are (了WebShell后 is 了, WebShell, 后). Must never change
 * without a migration that rebuilds incidents_fts: the index is contentless, and a row leaves it only
 * when its text is tokenized exactly as it was when it went in.
 */
export function spaceCjk(text: string): string {
  return HAS_CJK.test(text) ? text.replace(CJK_CHAR, ' $& ') : text;
}

export function registerFtsText(db: Database): void {
  db.function(FTS_TEXT_FUNCTION, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? spaceCjk(value) : value,
  );
}

/**
 * The value a column of incidents gives the index. Plain ASCII skips the call into JavaScript (measured:
 * about a tenth of the full-text build at 200,000 rows).
 */
export function ftsColumnSql(expr: string): string {
  return `CASE WHEN ${expr} GLOB '*[^ -~]*' THEN ${FTS_TEXT_FUNCTION}(${expr}) ELSE ${expr} END`;
}

/** The indexed values of one incident row (`r.` is NEW, OLD or empty), in incidents_fts's column order. */
export function ftsValuesSql(r = ''): string {
  return [
    ftsColumnSql(`${r}title`),
    ftsColumnSql(`${r}description`),
    ftsColumnSql(`${r}asset`),
    `${r}asset_ip || ' ' || ${r}attacker_ip`,
  ].join(', ');
}
