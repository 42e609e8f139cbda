// Orders that follow time, under a date filter. External ids are often numbered in time, reported and
// detected times follow the occurrence by days: walking such an order for 2015 newest first passes
// every later row before the first of 2015. The store keeps, per UTC day, the lowest and highest value
// of each of these orders (migration 0015), so the walk starts at the highest value the filter's days
// can hold (the lowest, ascending): one more range bound on the order's first key, which the order's
// index seeks to, and the first page starts at the first row the dates can hold (boundedRead). Neither
// narrows what the dates select.
import type { Database } from 'better-sqlite3';
import type { SortField } from '../../../shared/domain';
import type { IncidentFilter } from '../../../shared/filter';
import { storeTimeZone } from '../localDay';
import { dateRanges, type CompiledFilter } from './filterSql';
import type { KeyValue } from './pageCursor';

interface Bounded {
  /** The order's first key (sortKeys.ts), a column of the order's index. */
  sortKey: string;
  lo: string;
  hi: string;
}

const BOUNDED: Partial<Record<SortField, Bounded>> = {
  externalId: { sortKey: 'external_id_sort', lo: 'external_id_lo', hi: 'external_id_hi' },
  reportedAt: { sortKey: 'reported_at_sort', lo: 'reported_lo', hi: 'reported_hi' },
  detectedAt: { sortKey: 'detected_at_sort', lo: 'detected_lo', hi: 'detected_hi' },
};

export interface BoundedRead {
  /** The filter with the bound its dates put on the order's first key (or on id). */
  compiled: CompiledFilter;
  /**
   * The key the order's first row of the dates can be at, at the earliest: the bound and the dates'
   * lowest id (highest, descending). Rows that share the bound's value are in id order, so the walk
   * starts past those of other dates too (a missing reported time is '' for most of a store). Null
   * when the order or the filter has no such start.
   */
  start: KeyValue[] | null;
}

/**
 * For an order that follows time under a date filter, the bound and start its dates give, read from
 * the days' bounds. The id order is bounded by the range of ids the days hold: ids follow import order,
 * which follows time in most stores (measured at 1M rows: 120 ms for 2015 newest first without it).
 */
export function boundedRead(
  db: Database,
  filter: IncidentFilter,
  sort: SortField,
  dir: 'asc' | 'desc',
  compiled: CompiledFilter,
): BoundedRead {
  const bounded = BOUNDED[sort];
  const unbounded = { compiled, start: null };
  if (sort !== 'id' && bounded === undefined) return unbounded;
  const days = dayClause(filter, storeTimeZone(db));
  if (days === null) return unbounded;
  const [aggregate, comparison] = dir === 'desc' ? ['max', '<='] : ['min', '>='];
  const column = bounded === undefined ? 'NULL' : `${aggregate}(${dir === 'desc' ? bounded.hi : bounded.lo})`;
  const found = db
    .prepare(
      `SELECT min(id_lo) AS low, max(id_hi) AS high, ${column} AS bound FROM sort_bounds WHERE ${days.where}`,
    )
    .get(...days.params) as { low: number | null; high: number | null; bound: string | null };
  // No day of the dates holds a row: the filter matches nothing, and reads nothing either way.
  if (found.low === null || found.high === null) return unbounded;
  if (bounded === undefined || found.bound === null) {
    return {
      compiled: {
        where: `(${compiled.where}) AND id BETWEEN ? AND ?`,
        params: [...compiled.params, found.low, found.high],
      },
      start: null,
    };
  }
  return {
    compiled: {
      where: `(${compiled.where}) AND ${bounded.sortKey} ${comparison} ?`,
      params: [...compiled.params, found.bound],
    },
    start: [found.bound, dir === 'desc' ? found.high : found.low],
  };
}

/**
 * The days of sort_bounds that can hold rows of the filter's dates. An instant's UTC day is its first
 * ten characters; a range's days run from its start's day to its end's, both included (an end at
 * midnight includes one day too many, which only loosens the bounds).
 */
function dayClause(filter: IncidentFilter, zone: string): CompiledFilter | null {
  const ranges = dateRanges(filter, zone);
  if (ranges === null) return null;
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (ranges.from !== undefined) {
    clauses.push('day >= substr(?, 1, 10)');
    params.push(ranges.from);
  }
  if (ranges.before !== undefined) {
    clauses.push('day <= substr(?, 1, 10)');
    params.push(ranges.before);
  }
  if (ranges.years.length > 0) {
    clauses.push(
      ranges.years.map(() => '(day >= substr(?, 1, 10) AND day <= substr(?, 1, 10))').join(' OR '),
    );
    for (const [start, end] of ranges.years) params.push(start, end);
  }
  return { where: clauses.map((c) => `(${c})`).join(' AND '), params };
}
