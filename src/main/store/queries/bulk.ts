import type { Database } from 'better-sqlite3';

/**
 * Turns the per-row aggregate and full-text triggers off for the rest of this transaction (see
 * migration 0003); returns the highest incident id before the import, where its rows begin.
 */
export function beginBulk(db: Database, importId: number): number {
  db.prepare('INSERT INTO import_bulk (import_id) VALUES (?)').run(importId);
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM incidents').get() as { id: number }).id;
}

/** Adds the import's rows (ids above `afterId`) to the aggregates and the full-text index, set-based. */
export function endBulk(db: Database, afterId: number): void {
  db.prepare(
    `INSERT INTO incidents_fts (rowid, title, description, asset, indicators)
     SELECT id, title, description, asset, asset_ip || ' ' || attacker_ip FROM incidents WHERE id > ?`,
  ).run(afterId);
  db.prepare(
    `INSERT INTO agg_daily (day, category, severity, source, region, sector, n)
     SELECT substr(occurred_at, 1, 10), category, severity, source, region, sector, count(*) FROM incidents
     WHERE id > ? GROUP BY 1, 2, 3, 4, 5, 6
     ON CONFLICT (day, category, severity, source, region, sector) DO UPDATE SET n = n + excluded.n`,
  ).run(afterId);
  db.prepare('DELETE FROM import_bulk').run();
}
