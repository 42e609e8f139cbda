// The words of a search marked in a piece of text. The text is untrusted: it is only ever split into
// strings, which the table renders as text nodes and <mark> elements, never as markup.

export interface Segment {
  text: string;
  mark: boolean;
}

const MAX_TERMS = 32;
const MAX_TERM_LENGTH = 200;

function escapeRegExp(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for the search's terms, case-insensitive; null when there is nothing to mark. */
export function termPattern(terms: readonly string[]): RegExp | null {
  const usable = [
    ...new Set(terms.map((t) => t.trim()).filter((t) => t !== '' && t.length <= MAX_TERM_LENGTH)),
  ]
    // Longest first: where "phish" and "phishing" both match, the whole word is marked.
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_TERMS);
  if (usable.length === 0) return null;
  // The `u` and `i` flags match case-insensitively without changing the text's length (as lower-
  // casing can: "İ" becomes two code units), so the segments add up to the text exactly.
  return new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
}

/** The text cut into runs that match a term and runs that do not; joined, they give the text back. */
export function highlightSegments(text: string, pattern: RegExp | null): Segment[] {
  if (pattern === null || text === '') return [{ text, mark: false }];
  const segments: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (match[0] === '') continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: match[0], mark: true });
    at = start + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments.length > 0 ? segments : [{ text, mark: false }];
}
