// Answers worth keeping while the store does not change: a filter's total, a sort's anchors. The
// version is SQLite's own: data_version moves when another connection (an import's worker) commits,
// total_changes when this one writes; either empties the cache.
import type { Database } from 'better-sqlite3';
import { cached } from '../statements';

interface Cache {
  version: string;
  entries: Map<string, unknown>;
}

const caches = new WeakMap<Database, Cache>();
/** Enough for every filter a session goes through; the oldest entry goes first. */
const MAX_ENTRIES = 256;

export function storeVersion(db: Database): string {
  const { v, c } = cached(
    db,
    'SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c',
  ).get() as {
    v: number;
    c: number;
  };
  return `${String(v)}:${String(c)}`;
}

/** The value kept under `key` for the store as it is now, computed (and kept) when there is none. */
export function remember<T>(db: Database, key: string, compute: () => T): T {
  const version = storeVersion(db);
  let cache = caches.get(db);
  if (cache?.version !== version) {
    cache = { version, entries: new Map() };
    caches.set(db, cache);
  }
  if (cache.entries.has(key)) return cache.entries.get(key) as T;
  const value = compute();
  if (cache.entries.size >= MAX_ENTRIES) {
    const oldest = cache.entries.keys().next();
    if (oldest.done !== true) cache.entries.delete(oldest.value);
  }
  cache.entries.set(key, value);
  return value;
}
