import { createHash } from 'node:crypto';

/**
 * The key of an incident whose export has no id: a hash of the fields that say what happened, where
 * and when, so the same report seen twice (re-import, overlapping exports) is stored once.
 */
export function fingerprint(parts: readonly string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) {
    hash.update(part.normalize('NFKC').trim().toLowerCase());
    hash.update('\u0000');
  }
  return hash.digest('base64url');
}
