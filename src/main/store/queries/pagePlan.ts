// How a page of a filtered, sorted table is read. Two ways, chosen from the filter's total:
// - walk the sort order's index and keep the rows the filter matches: about limit × all / total rows
//   read, cheap when the filter matches many rows;
// - find the matching rows by the filter's own index and sort them: about `total` rows read, cheap
//   when it matches few.
// Measured at 1M rows, region = ? sorted by title: a value with 85,000 incidents takes 0.6 ms walking
// and 75 ms sorting; one with 3,700 takes 31 ms walking and 5 ms sorting. Both cost about a microsecond
// per row read, hence the break-even total² = limit × all. SQLite's planner, without statistics that
// an import would have to keep fresh, always sorts, so the choice is made here and stated with INDEXED
// BY (walk) or by ordering by +column, which no index can serve (sort).
import type { Database } from 'better-sqlite3';
import type { SortField } from '../../../shared/domain';
import type { IncidentFilter } from '../../../shared/filter';
import { compileFilter, type CompiledFilter } from './filterSql';
import { activeEntries } from './filterShape';
import { CATEGORY_SORT_INDEXES, SORT_KEYS, VALUE_TIME_INDEXES } from './sortKeys';
import { countAll, countMatching } from './totals';

export interface PagePlan {
  /** `incidents`, with the index to walk when walking. */
  from: string;
  /** The sort key expressions, last `id`, as ORDER BY and the keyset comparison write them. */
  keys: readonly string[];
  order: string;
  direction: 'ASC' | 'DESC';
  /** True when an index yields the order (walk), false when the matching rows are sorted. */
  walks: boolean;
  /**
   * Walk a grouping order (value, occurred_at, id) one value at a time, each a range seek on the
   * filter's dates: set when the filter has dates, which the walk of the whole order would otherwise
   * check row by row (measured at 1M rows: year = 2015 sorted by sector, 41.6 ms reading the 2016 rows
   * first).
   */
  byValue: boolean;
  /**
   * For a tag filter sorted by tags, the filter's tags alone, tested on each stored tags value before
   * its rows are read (tagOrderRead.ts); null otherwise.
   */
  byTag: CompiledFilter | null;
  /** The comparison for rows after a key (cursor), and for rows from a key on (anchor). */
  after: '>' | '<';
  atOrAfter: '>=' | '<=';
}

export function pagePlan(
  db: Database,
  filter: IncidentFilter,
  compiled: CompiledFilter,
  sort: SortField,
  dir: 'asc' | 'desc',
  limit: number,
): PagePlan {
  const { keys, index } = SORT_KEYS[sort];
  const direction = dir === 'asc' ? 'ASC' : 'DESC';
  const comparisons =
    dir === 'asc' ? ({ after: '>', atOrAfter: '>=' } as const) : ({ after: '<', atOrAfter: '<=' } as const);
  const walk = (walked: string | null): PagePlan => ({
    // The id order is the table's own: NOT INDEXED keeps the planner from sorting a filter index's rows.
    from: walked === null ? 'incidents NOT INDEXED' : `incidents INDEXED BY ${walked}`,
    keys,
    order: keys.map((k) => `${k} ${direction}`).join(', '),
    direction,
    walks: true,
    byValue: walked !== null && keys.length === 3 && keys[1] === 'occurred_at' && hasDates(filter),
    byTag: walked === TAGGED_ORDER ? compileFilter({ tags: filter.tags }, { zone: 'UTC' }) : null,
    ...comparisons,
  });
  if (compiled.where === '1') return walk(index);
  const served = servingIndex(filter, sort);
  if (served !== null) return walk(served);
  const total = countMatching(db, filter);
  if (total * total >= limit * countAll(db)) return walk(taggedOrder(filter, sort) ?? index);
  const unordered = keys.map((k) => `+${k}`);
  return {
    from: 'incidents',
    keys: unordered,
    order: unordered.map((k) => `${k} ${direction}`).join(', '),
    direction,
    walks: false,
    byValue: false,
    byTag: null,
    ...comparisons,
  };
}

/** The index of tagged rows: tags, then rowid, the tags order without the untagged rows. */
const TAGGED_ORDER = 'incidents_tagged';

/**
 * A tag filter sorted by tags walks the index of tagged rows (the same order), so it never reads the
 * untagged rows, which come first and are most of a store; it is read one tags value at a time.
 */
function taggedOrder(filter: IncidentFilter, sort: SortField): string | null {
  return sort === 'tags' && (filter.tags?.length ?? 0) > 0 ? TAGGED_ORDER : null;
}

function hasDates(filter: IncidentFilter): boolean {
  return (filter.years?.length ?? 0) > 0 || filter.from !== undefined || filter.to !== undefined;
}

/**
 * An index that holds exactly the filter's rows in the sort order, so a page reads `limit` rows
 * whatever the total: one value of a grouping column with the time order (or that column's own
 * order), one category with a text order that has an index per category, or only dates with the
 * time order.
 */
function servingIndex(filter: IncidentFilter, sort: SortField): string | null {
  const constrained = activeEntries(filter).filter(
    ([key]) => key !== 'from' && key !== 'to' && key !== 'years',
  );
  if (constrained.length === 0) return sort === 'occurredAt' ? SORT_KEYS.occurredAt.index : null;
  const [only] = constrained;
  if (constrained.length !== 1 || only === undefined) return null;
  const [key, value] = only;
  if (!(key in VALUE_TIME_INDEXES) || !Array.isArray(value) || value.length !== 1) return null;
  if (key === 'categories' && CATEGORY_SORT_INDEXES[sort] !== undefined) return CATEGORY_SORT_INDEXES[sort];
  const index = VALUE_TIME_INDEXES[key as keyof typeof VALUE_TIME_INDEXES];
  return sort === 'occurredAt' || SORT_KEYS[sort].index === index ? index : null;
}
