// Where a count by one dimension is read from: the per-category table when the dimension is the
// category, else the per-dimension table, whose '*' rows already sum every category (migration 0006).
// Both are keyed so that a period is one range of their primary key.
import type { Database } from 'better-sqlite3';
import type { TrendDimension } from '../../shared/domain';
import type { Period } from '../../shared/period';
import { ALL_CATEGORIES } from '../store/aggregateDimensions';

export interface AggregateSource {
  /** `FROM … WHERE …` over the period's rows (parameters: `params`). */
  sql: string;
  params: string[];
  /** The column that holds the dimension's value in that table. */
  key: 'category' | 'value';
}

/**
 * The rows of the period counting `by`, for the given category codes (all when absent or empty). Codes
 * are bound as parameters, so a code no category has simply matches nothing.
 */
export function aggregateSource(
  by: TrendDimension,
  period: Period,
  categories?: readonly string[],
): AggregateSource {
  const codes = categories !== undefined && categories.length > 0 ? [...new Set(categories)] : null;
  const inCodes = codes === null ? '' : `category IN (${codes.map(() => '?').join(', ')})`;
  if (by === 'category') {
    return {
      sql: `FROM agg_day_category WHERE day BETWEEN ? AND ?${codes === null ? '' : ` AND ${inCodes}`}`,
      params: [period.from, period.to, ...(codes ?? [])],
      key: 'category',
    };
  }
  return {
    sql: `FROM agg_day_dim WHERE dim = ? AND ${codes === null ? 'category = ?' : inCodes} AND day BETWEEN ? AND ?`,
    params: [by, ...(codes ?? [ALL_CATEGORIES]), period.from, period.to],
    key: 'value',
  };
}

/** Incidents per day of the period (days with none left out), for the given categories. */
export function dailyTotals(
  db: Database,
  period: Period,
  categories?: readonly string[],
): Map<string, number> {
  const source = aggregateSource('category', period, categories);
  const rows = db.prepare(`SELECT day, sum(n) AS count ${source.sql} GROUP BY day`).all(...source.params) as {
    day: string;
    count: number;
  }[];
  return new Map(rows.map((r) => [r.day, r.count]));
}
