// An incident's tags as stored in incidents.tags: one text, the tags separated by commas, each trimmed,
// none twice (case and width do not matter when comparing; the first spelling is kept). Imports store
// what the file says, so a stored value may still use semicolons or full-width commas: it is read
// leniently, and written in the normal form only when a triage action really changes its tags.
import type { Database } from 'better-sqlite3';

/** Characters that separate tags in a stored value; none may appear inside a tag. */
const SEPARATORS = /[,;\uFF0C\uFF1B\u3001]/;

/** Why a tag cannot be stored as given, or null when it can. */
export function tagProblem(tag: string): string | null {
  if (tag.trim() === '') return 'a tag cannot be empty';
  if (SEPARATORS.test(tag)) return `the tag "${tag}" contains a separator (, or ;): give tags one by one`;
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u001f\u007f]/.test(tag)) return `the tag "${tag.trim()}" contains a control character`;
  return null;
}

export function tagKey(tag: string): string {
  return tag.normalize('NFKC').trim().toLowerCase();
}

/** The tags of a stored value, in order, without blanks or repeats. */
export function parseTags(stored: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of stored.split(SEPARATORS)) {
    const tag = part.trim();
    const key = tagKey(tag);
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/**
 * The stored value after adding and removing tags. When that changes no tag, the value is returned as
 * it was (not re-normalized), so that an action recording changes records none for this incident.
 */
export function editTags(stored: string, add: readonly string[], remove: readonly string[]): string {
  const before = parseTags(stored);
  const removed = new Set(remove.map(tagKey));
  const tags = before.filter((tag) => !removed.has(tagKey(tag)));
  const present = new Set(tags.map(tagKey));
  for (const raw of add) {
    const tag = raw.trim();
    const key = tagKey(tag);
    if (present.has(key)) continue;
    present.add(key);
    tags.push(tag);
  }
  const same = tags.length === before.length && tags.every((tag, i) => tag === before[i]);
  return same ? stored : tags.join(',');
}

/** The SQL function a triage statement calls: vigil_edit_tags(tags), for the edit last registered. */
export const EDIT_TAGS_FUNCTION = 'vigil_edit_tags';

/**
 * Makes EDIT_TAGS_FUNCTION apply this edit on this connection, so that one UPDATE or INSERT … SELECT
 * can edit the tags of a million incidents without a round trip per row (better-sqlite3 replaces an
 * earlier registration of the same name).
 */
export function registerTagEdit(db: Database, add: readonly string[], remove: readonly string[]): void {
  db.function(EDIT_TAGS_FUNCTION, { deterministic: true }, (stored) => editTags(String(stored), add, remove));
}
