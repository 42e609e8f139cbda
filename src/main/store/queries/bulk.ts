import { availableParallelism } from 'node:os';
import type { Database } from 'better-sqlite3';
import { AGGREGATE_DIMENSIONS, ALL_CATEGORIES, TOP_VALUE_COLUMNS } from '../aggregateDimensions';
import { ftsValuesSql } from '../ftsText';
import { localDaySql, storeTimeZone } from '../localDay';

/** What an import's bulk mode changed, to be put back before it commits. */
export interface BulkState {
  /** The highest incident id before the import: its rows are the ones above. */
  afterId: number;
  /** Non-unique indexes dropped for the import, with the SQL that recreates them. */
  deferred: { name: string; sql: string }[];
  /** The per-row insert triggers dropped for the import, with the SQL that recreates them. */
  triggers: { name: string; sql: string }[];
  /** The connection's page cache size before the import, put back at its end. */
  cacheSize: number;
  /** The connection's sorter threads before the import, put back at its end. */
  threads: number;
}

/**
 * Page cache of an import, in KiB (as PRAGMA cache_size takes a negative number). An import writes
 * each page once and reads few back; the large cache readers get (open.ts) would only add its size to
 * the importing process's memory (measured at 1M rows: 303 MiB at 64 MiB of cache).
 */
const IMPORT_CACHE_KIB = 16_384;

/**
 * Helper threads SQLite may sort with while an import rebuilds its indexes: each build sorts a million
 * keys, and the sorter splits that work (measured at 1M rows, the store's 27 indexes: 21.7 s on one
 * thread, 13.9 s with two helpers on two cores).
 */
const IMPORT_SORT_THREADS = Math.min(4, Math.max(1, availableParallelism()));

/**
 * Bulk mode for the rest of this transaction. The per-row aggregate and full-text triggers go quiet:
 * the import_bulk row silences them (migration 0003), and they are dropped too, since even a quiet
 * trigger runs its WHEN query for every row (measured: 15% of the insert time). When the import is
 * large beside the store, its non-unique indexes are dropped and rebuilt at the end: one sorted build costs a fraction of a million random B-tree inserts
 * (measured: the three secondary indexes were half of the insert time). Unique indexes stay: they are
 * how duplicates are found. Everything is inside the import's transaction, so a crash or a cancel
 * restores the indexes with the rest.
 */
export function beginBulk(db: Database, importId: number, expectedRows: number): BulkState {
  db.prepare('INSERT INTO import_bulk (import_id) VALUES (?)').run(importId);
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${String(IMPORT_CACHE_KIB)}`);
  const threads = db.pragma('threads', { simple: true }) as number;
  db.pragma(`threads = ${String(IMPORT_SORT_THREADS)}`);
  const afterId = (db.prepare('SELECT coalesce(max(id), 0) AS id FROM incidents').get() as { id: number }).id;
  const deferred: BulkState['deferred'] = [];
  const triggers = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('incidents_agg_insert', 'incidents_fts_insert', 'incidents_value_insert', 'incidents_bounds_insert')`,
    )
    .all() as { name: string; sql: string }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name.replaceAll('"', '""')}"`);
  // max(id) bounds the stored rows from above, which is all this choice needs.
  if (expectedRows >= 20_000 && expectedRows >= afterId / 2) {
    const indexes = db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND sql IS NOT NULL
         AND sql NOT LIKE 'CREATE UNIQUE%'`,
      )
      .all() as { name: string; sql: string }[];
    for (const index of indexes) {
      db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
      deferred.push(index);
    }
  }
  return { afterId, deferred, triggers, cacheSize, threads };
}

/**
 * Rebuilds the dropped indexes and adds the import's rows to the full-text index and the per-value
 * counts, set-based. The daily aggregates and sort bounds are written by the import itself, from what
 * it counted while storing the rows (import/storedRowsTally.ts).
 */
export function endBulk(db: Database, state: BulkState): void {
  for (const index of state.deferred) db.exec(index.sql);
  db.prepare(
    `INSERT INTO incidents_fts (rowid, title, description, asset, indicators)
     SELECT id, ${ftsValuesSql()} FROM incidents WHERE id > ?`,
  ).run(state.afterId);
  addValueCounts(db, state.afterId, state.deferred.length > 0);
  db.prepare('DELETE FROM import_bulk').run();
  for (const trigger of state.triggers) db.exec(trigger.sql);
  db.pragma(`cache_size = ${String(state.cacheSize)}`);
  db.pragma(`threads = ${String(state.threads)}`);
}

/**
 * Adds the incidents above `afterId` to the daily aggregates, in SQL: the time-zone change recounts
 * every incident this way (an import counts its rows as it stores them: aggregateTally.ts). The
 * counted columns are first copied once into a narrow temporary table, the day computed once per row:
 * each GROUP BY then reads seven short columns instead of whole rows with their descriptions (measured
 * at 1M rows: 8.1 s with a scan of incidents per table and dimension). The all-category rows come from
 * the per-category counts (a few thousand rows, not the import).
 */
export function addDailyAggregates(db: Database, afterId: number): void {
  const day = localDaySql('occurred_at', storeTimeZone(db));
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS bulk_rows (
    day TEXT, category TEXT, severity TEXT, status TEXT, source TEXT, region TEXT, sector TEXT)`);
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS bulk_dim (dim TEXT, category TEXT, day TEXT, value TEXT, n INTEGER)',
  );
  db.exec('DELETE FROM temp.bulk_rows; DELETE FROM temp.bulk_dim;');
  db.prepare(
    `INSERT INTO temp.bulk_rows (day, category, severity, status, source, region, sector)
     SELECT ${day}, category, severity, status, source, region, sector FROM incidents WHERE id > ?`,
  ).run(afterId);
  db.prepare(
    `INSERT INTO agg_day_category (day, category, n)
     SELECT day, category, count(*) FROM temp.bulk_rows GROUP BY 1, 2
     ON CONFLICT (day, category) DO UPDATE SET n = n + excluded.n`,
  ).run();
  for (const dim of AGGREGATE_DIMENSIONS) {
    // The dimension is a column name from a fixed list, never a caller's text.
    db.prepare(
      `INSERT INTO temp.bulk_dim (dim, category, day, value, n)
       SELECT '${dim}', category, day, ${dim}, count(*) FROM temp.bulk_rows GROUP BY 2, 3, 4`,
    ).run();
  }
  db.prepare(
    `INSERT INTO agg_day_dim (dim, category, day, value, n)
     SELECT dim, category, day, value, n FROM temp.bulk_dim WHERE true
     ON CONFLICT (dim, category, day, value) DO UPDATE SET n = n + excluded.n`,
  ).run();
  db.prepare(
    `INSERT INTO agg_day_dim (dim, category, day, value, n)
     SELECT dim, ?, day, value, sum(n) FROM temp.bulk_dim GROUP BY dim, day, value
     ON CONFLICT (dim, category, day, value) DO UPDATE SET n = n + excluded.n`,
  ).run(ALL_CATEGORIES);
  db.exec('DELETE FROM temp.bulk_rows; DELETE FROM temp.bulk_dim;');
}

/**
 * Adds the incidents above `afterId` to the all-time per-value counts, reading the sort indexes of the
 * asset and attacker columns when the import rebuilt them (in value order, no sort needed).
 */
function addValueCounts(db: Database, afterId: number, indexesRebuilt: boolean): void {
  for (const column of TOP_VALUE_COLUMNS) {
    const index = column === 'asset' ? 'incidents_asset' : 'incidents_attacker_ip';
    db.prepare(
      `INSERT INTO agg_value (dim, value, n)
       SELECT '${column}', ${column}, count(*) FROM incidents ${indexesRebuilt ? `INDEXED BY ${index}` : ''}
       WHERE id > ? AND ${column} <> '' GROUP BY ${column}
       ON CONFLICT (dim, value) DO UPDATE SET n = n + excluded.n`,
    ).run(afterId);
  }
}
