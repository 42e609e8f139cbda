// Incidents per category over a period, read from the daily aggregate (agg_day_category), never from the
// incidents table: the aggregate is kept exact in the same transaction as the rows it counts, and a
// year of it is a range of its primary key (day first) however many incidents the year holds.
import type { Database } from 'better-sqlite3';
import type { Period } from '../../shared/period';
import type { CategoryCode } from '../../shared/taxonomy';
import { aggregateSource } from './aggregateSource';

/**
 * Incidents that occurred from `period.from` to `period.to` (inclusive, by the UTC date the aggregate is
 * keyed by), per category; only categories with incidents appear. An empty or absent `categories`
 * counts every category.
 */
export function countsByCategory(
  db: Database,
  period: Period,
  categories?: readonly CategoryCode[],
): Map<CategoryCode, number> {
  const source = aggregateSource('category', period, categories);
  const rows = db
    .prepare(`SELECT category, sum(n) AS count ${source.sql} GROUP BY category`)
    .all(...source.params) as { category: CategoryCode; count: number }[];
  return new Map(rows.filter((r) => r.count > 0).map((r) => [r.category, r.count]));
}
