// An incident's tags as the services store them: one text, tags separated by commas (imports may have
// used semicolons or full-width commas, read here alike), blanks and repeats ignored.
const SEPARATORS = /[,;\uFF0C\uFF1B\u3001]/;

export function splitTags(stored: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of stored.split(SEPARATORS)) {
    const tag = part.trim();
    const key = tag.normalize('NFKC').toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Tags typed into the tag box: several may be given at once, separated as in a stored value. */
export function typedTags(text: string): string[] {
  return splitTags(text);
}
