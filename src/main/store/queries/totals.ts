// How many incidents a filter matches, counted once per filter and store version. When the filter
// only names categories, dates and at most one dimension, the daily aggregates answer (a few
// thousand rows at most); otherwise a count over incidents with the compiled filter.
import type { Database } from 'better-sqlite3';
import type { IncidentFilter } from '../../../shared/filter';
import { ALL_CATEGORIES } from '../aggregateDimensions';
import { cached } from '../statements';
import { storeTimeZone } from '../localDay';
import { compileFilter, dateClause, placeholders } from './filterSql';
import { activeEntries, filterShape } from './filterShape';
import { remember } from './readCache';

export function countMatching(db: Database, filter: IncidentFilter): number {
  return remember(db, `total:${canonicalFilter(filter)}`, () => countNow(db, filter));
}

/** Every stored incident. */
export function countAll(db: Database): number {
  return countMatching(db, {});
}

function countNow(db: Database, filter: IncidentFilter): number {
  const shape = filterShape(filter);
  const dates = dateClause(filter, 'day', null);
  const where: string[] = [];
  const params: unknown[] = [];
  if (dates !== null) {
    where.push(dates.where);
    params.push(...dates.params);
  }
  if (!shape.rowsOnly && shape.dims.length === 0) {
    if (shape.categories !== null) {
      where.push(`category IN (${placeholders(shape.categories.length)})`);
      params.push(...shape.categories);
    }
    const sql = `SELECT coalesce(sum(n), 0) AS n FROM agg_day_category${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
    return (cached(db, sql).get(...params) as { n: number }).n;
  }
  const only = shape.dims[0];
  if (!shape.rowsOnly && shape.dims.length === 1 && only !== undefined) {
    where.push('dim = ?', `value IN (${placeholders(only.values.length)})`);
    params.push(only.dim, ...only.values);
    if (shape.categories === null) {
      where.push('category = ?');
      params.push(ALL_CATEGORIES);
    } else {
      where.push(`category IN (${placeholders(shape.categories.length)})`);
      params.push(...shape.categories);
    }
    const sql = `SELECT coalesce(sum(n), 0) AS n FROM agg_day_dim WHERE ${where.join(' AND ')}`;
    return (cached(db, sql).get(...params) as { n: number }).n;
  }
  const compiled = compileFilter(filter, { zone: storeTimeZone(db) });
  return (
    db.prepare(`SELECT count(*) AS n FROM incidents WHERE ${compiled.where}`).get(...compiled.params) as {
      n: number;
    }
  ).n;
}

/** The same filter written the same way, whatever the order of its keys and values. */
export function canonicalFilter(filter: IncidentFilter): string {
  const entries = activeEntries(filter)
    .map(([key, value]): [string, unknown] => [
      key,
      Array.isArray(value) ? [...new Set(value as unknown[])].sort() : value,
    ])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}
