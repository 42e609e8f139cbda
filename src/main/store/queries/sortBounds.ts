// Orders that follow time, under a date filter. External ids are often numbered in time, reported and
// detected times follow the occurrence by days: walking such an order for 2015 newest first passes
// every later row before the first of 2015. The store keeps, per UTC day, the lowest and highest value
// of each of these orders (migration 0015), so the walk starts at the highest value the filter's days
// can hold (the lowest, ascending): one more range bound on the order's first key, which the order's
// index seeks to. It narrows nothing the dates select.
import type { Database } from 'better-sqlite3';
import type { SortField } from '../../../shared/domain';
import type { IncidentFilter } from '../../../shared/filter';
import { storeTimeZone } from '../localDay';
import { dateRanges, type CompiledFilter } from './filterSql';

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

/** `compiled` with, for an order that follows time under a date filter, the bound its days hold. */
export function withSortBound(
  db: Database,
  filter: IncidentFilter,
  sort: SortField,
  dir: 'asc' | 'desc',
  compiled: CompiledFilter,
): CompiledFilter {
  const bounded = BOUNDED[sort];
  const ranges = bounded === undefined ? null : dateRanges(filter, storeTimeZone(db));
  if (bounded === undefined || ranges === null) return compiled;
  // An instant's UTC day is its first ten characters; a range's days run from its start's day to its
  // end's, both included (an end at midnight includes one day too many, which only loosens the bound).
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
  const [aggregate, comparison] = dir === 'desc' ? ['max', '<='] : ['min', '>='];
  const column = dir === 'desc' ? bounded.hi : bounded.lo;
  const bound = db
    .prepare(
      `SELECT ${aggregate}(${column}) FROM sort_bounds WHERE ${clauses.map((c) => `(${c})`).join(' AND ')}`,
    )
    .pluck()
    .get(...params) as string | null;
  // No day of the dates holds a row: the filter matches nothing, and walks nothing either way.
  if (bound === null) return compiled;
  return {
    where: `(${compiled.where}) AND ${bounded.sortKey} ${comparison} ?`,
    params: [...compiled.params, bound],
  };
}

/** The bounds of the rows an import stores, per UTC day, added to sort_bounds when it ends. */
export class DayBounds {
  /** day → [external id lo, hi, reported lo, hi, detected lo, hi], as sort keys ('' when missing). */
  private readonly days = new Map<string, string[]>();

  add(occurredAt: string, externalId: unknown, reportedAt: unknown, detectedAt: unknown): void {
    const day = occurredAt.slice(0, 10);
    // As the TEXT columns store them: a missing value sorts as '' (its sort key), anything else as text.
    const values = [externalId, reportedAt, detectedAt].map((v) =>
      v === null || v === undefined ? '' : String(v as string | number),
    );
    const bounds = this.days.get(day);
    if (bounds === undefined) {
      this.days.set(
        day,
        values.flatMap((v) => [v, v]),
      );
      return;
    }
    values.forEach((v, i) => {
      if (compareStored(v, bounds[2 * i] as string) < 0) bounds[2 * i] = v;
      if (compareStored(v, bounds[2 * i + 1] as string) > 0) bounds[2 * i + 1] = v;
    });
  }

  save(db: Database): void {
    const upsert = db.prepare(
      `INSERT INTO sort_bounds (day, external_id_lo, external_id_hi, reported_lo, reported_hi, detected_lo, detected_hi)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET
         external_id_lo = min(external_id_lo, excluded.external_id_lo), external_id_hi = max(external_id_hi, excluded.external_id_hi),
         reported_lo = min(reported_lo, excluded.reported_lo), reported_hi = max(reported_hi, excluded.reported_hi),
         detected_lo = min(detected_lo, excluded.detected_lo), detected_hi = max(detected_hi, excluded.detected_hi)`,
    );
    for (const [day, bounds] of this.days) upsert.run(day, ...bounds);
    this.days.clear();
  }
}

/**
 * Text in SQLite's order (BINARY: the bytes of UTF-8, which is code point order). JavaScript's `<`
 * compares UTF-16 units, which put a character above U+FFFF (a surrogate pair, 0xD800-0xDFFF) before
 * one of U+E000-U+FFFF: lifting surrogates above that block gives code point order.
 */
export function compareStored(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}
