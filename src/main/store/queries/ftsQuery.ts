// A user's search text as a safe FTS5 MATCH expression. The text is never passed to FTS5 as syntax:
// each word or "phrase" becomes one quoted string, so operators (AND OR NOT NEAR), column filters
// (title:), parentheses, ^ and stray quotes are plain text or dropped, and a query can never make
// SQLite fail. A trailing * asks for a prefix. Words combine with AND, as in a search box.
import { spaceCjk } from '../ftsText';

export interface FtsQuery {
  /** The MATCH expression, or null when the text holds nothing searchable. */
  match: string | null;
  /** The words and phrases searched for, as the user wrote them, for highlighting. */
  terms: string[];
}

/** More terms than anyone types; keeps a pasted paragraph from becoming a thousand-term query. */
const MAX_TERMS = 16;
const OPERATORS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT', 'NEAR']);
/** FTS5 syntax outside a string: these only ever separate words here. */
const SYNTAX = /[():^+{},]/g;
const SEARCHABLE = /[\p{L}\p{N}]/u;

export function ftsQuery(text: string): FtsQuery {
  const terms: string[] = [];
  const parts: string[] = [];
  const add = (raw: string, phrase: boolean): void => {
    if (terms.length >= MAX_TERMS) return;
    const prefix = !phrase && raw.endsWith('*');
    const core = raw.replaceAll('*', ' ').replace(/\s+/g, ' ').trim();
    if (!SEARCHABLE.test(core) || (!phrase && OPERATORS.has(core))) return;
    terms.push(core);
    const spaced = spaceCjk(core).trim().replace(/\s+/g, ' ');
    parts.push(`"${spaced.replaceAll('"', '""')}"${prefix ? ' *' : ''}`);
  };
  // Split into "phrases" and the words between them; an unbalanced quote opens a phrase to the end.
  const pieces = text.normalize('NFKC').split('"');
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) add(piece, true);
    else for (const word of piece.replace(SYNTAX, ' ').split(/\s+/)) if (word !== '') add(word, false);
  });
  return { match: parts.length > 0 ? parts.join(' ') : null, terms: [...new Set(terms)] };
}
