// Incidents of a period broken down by one dimension (category, severity, source, region or sector), for
// the dashboard's ranked lists. Read from the daily aggregates only, like the headline: they are kept
// exact in the same transaction as the incidents they count, and a period of them is a range of their
// primary key however many incidents the period holds.
import type { Database } from 'better-sqlite3';
import {
  BREAKDOWN_DIMENSIONS,
  type Breakdown,
  type BreakdownDimension,
  type BreakdownRow,
} from '../../shared/domain';
import { aggregateSource } from './aggregateSource';
import { isIsoDate, STATS_TIME_ZONE, type Period } from '../../shared/period';
import { storeTimeZone } from '../store/localDay';
import { requireStoreZone } from './statsZone';
import { badLimit, notADate, notOneOf, periodReversed } from './queryFaults';

export { BREAKDOWN_DIMENSIONS, type Breakdown, type BreakdownDimension, type BreakdownRow };

export const DEFAULT_BREAKDOWN_LIMIT = 20;
/** More rows than a ranked list can show is a mistake in the caller, not a request to honour. */
export const MAX_BREAKDOWN_LIMIT = 1000;

export interface BreakdownQuery extends Period {
  by: BreakdownDimension;
  /** Count only these categories; all when absent or empty. Codes no incident has simply match nothing. */
  categories?: readonly string[] | undefined;
  /** How many of the largest keys to list (1–1000, 20 when absent); the rest are summed into `other`. */
  limit?: number | undefined;
  /** The zone the dates are in; 'UTC' when absent, and the only one counted for now (as the headline). */
  timeZone?: string | undefined;
}

/**
 * The period a statistics query asks for, or an invalid_input fault saying what is wrong with it: dates
 * in the calendar, not reversed, counted in UTC. The same rules and messages as the headline's
 * (headlinePeriods), which also refuses periods it cannot compare a year back; a breakdown compares
 * nothing, so it keeps only the checks that apply to any period.
 */
export function statsPeriod(
  query: Period & { timeZone?: string | undefined },
  storeZone: string = STATS_TIME_ZONE,
): Period {
  for (const end of ['from', 'to'] as const) {
    if (!isIsoDate(query[end])) {
      throw notADate(end, query[end]);
    }
  }
  if (query.from > query.to) {
    throw periodReversed(query);
  }
  requireStoreZone(query.timeZone, storeZone);
  return { from: query.from, to: query.to };
}

export function breakdown(db: Database, query: BreakdownQuery): Breakdown {
  const period = statsPeriod(query, storeTimeZone(db));
  // Checked at run time too: the command line and tests reach this without the contract's schema.
  const by: unknown = query.by;
  if (typeof by !== 'string' || !(BREAKDOWN_DIMENSIONS as readonly string[]).includes(by)) {
    throw notOneOf(by, BREAKDOWN_DIMENSIONS);
  }
  const limit = query.limit ?? DEFAULT_BREAKDOWN_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_BREAKDOWN_LIMIT) {
    throw badLimit(limit, MAX_BREAKDOWN_LIMIT);
  }

  const source = aggregateSource(query.by, period, query.categories);
  // Every key is read, not just the first `limit`: `other` and `total` need the rest, and a period has
  // at most a few thousand distinct keys (the aggregate's rows for it are far fewer than its incidents).
  // Sorted here rather than in JavaScript so ties fall in one order, SQLite's binary one, everywhere.
  const counted = db
    .prepare(
      `SELECT ${source.key} AS key, sum(n) AS count ${source.sql}
       GROUP BY ${source.key}
       HAVING count > 0
       ORDER BY count DESC, key`,
    )
    .all(...source.params) as { key: string; count: number }[];

  let total = 0;
  for (const r of counted) total += r.count;
  let other = 0;
  for (const r of counted.slice(limit)) other += r.count;
  const rows = counted
    .slice(0, limit)
    .map((r) => ({ key: r.key, count: r.count, share: total === 0 ? 0 : r.count / total }));
  return { by: query.by, rows, total, other };
}
