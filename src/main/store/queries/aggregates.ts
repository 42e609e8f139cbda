import type { Database } from 'better-sqlite3';
import type { MonthlyCount } from '../../../shared/domain';
import type { CategoryCode } from '../../../shared/taxonomy';

/** Incidents per month and category, read from the daily aggregate, never from incidents. */
export function monthlyByCategory(
  db: Database,
  filter: { from?: string; to?: string; categories?: readonly CategoryCode[] },
): MonthlyCount[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.from !== undefined) {
    where.push('day >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push('day <= ?');
    params.push(filter.to);
  }
  if (filter.categories !== undefined && filter.categories.length > 0) {
    where.push(`category IN (${filter.categories.map(() => '?').join(', ')})`);
    params.push(...filter.categories);
  }
  const sql = `SELECT substr(day, 1, 7) AS month, category, sum(n) AS count FROM agg_day_category
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    GROUP BY month, category ORDER BY month, category`;
  return db.prepare(sql).all(...params) as MonthlyCount[];
}
