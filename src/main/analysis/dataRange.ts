// The days a store's incidents span (stats.range), from the daily aggregate: its primary key starts
// with the day, so each end is one index step (a lone min() or max() is; both in one SELECT are not),
// however many incidents there are. Rows leave agg_day_category when their count reaches 0, so any row counts.
import type { Database } from 'better-sqlite3';
import type { DataRange } from '../../shared/domain';

export function dataRange(db: Database): DataRange {
  const row = db
    .prepare(
      'SELECT (SELECT min(day) FROM agg_day_category) AS first, (SELECT max(day) FROM agg_day_category) AS last',
    )
    .get() as { first: string | null; last: string | null } | undefined;
  return { first: row?.first ?? null, last: row?.last ?? null };
}
