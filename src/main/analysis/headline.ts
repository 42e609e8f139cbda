// The headline figures of a period (stats.headline): its count, the same dates one year earlier, the
// period of equal length just before, and the changes, in total and per category.
import type { Database } from 'better-sqlite3';
import type { CategoryHeadline, Headline } from '../../shared/domain';
import {
  isIsoDate,
  previousPeriod,
  STATS_TIME_ZONE,
  yearEarlier,
  yoyPct,
  type Period,
} from '../../shared/period';
import { CATEGORY_CODES, type CategoryCode } from '../../shared/taxonomy';
import { storeTimeZone } from '../store/localDay';
import { countsByCategory } from './categoryCounts';
import { requireStoreZone } from './statsZone';
import { notADate, periodReversed, tooFarBack } from './queryFaults';

export interface HeadlineQuery extends Period {
  /** Count only these categories; all when absent or empty. */
  categories?: readonly CategoryCode[] | undefined;
  /** The zone the dates are in: the store's when absent, and refused when it is another. */
  timeZone?: string | undefined;
}

export interface HeadlinePeriods {
  period: Period;
  comparison: Period;
  previousPeriod: Period;
}

/**
 * The three periods a headline counts, or an invalid_input fault saying what is wrong with the query.
 * The contract's schema checks the dates on the way in; they are checked again here for the command
 * line and any caller that reaches the analysis directly, and the zone is checked only here.
 */
export function headlinePeriods(query: HeadlineQuery, storeZone: string = STATS_TIME_ZONE): HeadlinePeriods {
  for (const end of ['from', 'to'] as const) {
    if (!isIsoDate(query[end])) {
      throw notADate(end, query[end]);
    }
  }
  if (query.from > query.to) {
    throw periodReversed(query);
  }
  requireStoreZone(query.timeZone, storeZone);
  const period: Period = { from: query.from, to: query.to };
  try {
    return { period, comparison: yearEarlier(period), previousPeriod: previousPeriod(period) };
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw tooFarBack(err.message);
  }
}

export function headline(db: Database, query: HeadlineQuery): Headline {
  const periods = headlinePeriods(query, storeTimeZone(db));
  const counts = countsByCategory(db, periods.period, query.categories);
  const previous = countsByCategory(db, periods.comparison, query.categories);
  const before = countsByCategory(db, periods.previousPeriod, query.categories);

  const byCategory: Partial<Record<CategoryCode, CategoryHeadline>> = {};
  for (const code of categoriesByCount(counts, previous, before)) {
    const count = counts.get(code) ?? 0;
    const previousCount = previous.get(code) ?? 0;
    const previousPeriodCount = before.get(code) ?? 0;
    byCategory[code] = {
      count,
      previous: previousCount,
      yoyPct: yoyPct(count, previousCount),
      previousPeriodCount,
      // The same rule as year on year, against the period just before.
      changePct: yoyPct(count, previousPeriodCount),
    };
  }
  const total = sum(counts);
  const previousTotal = sum(previous);
  const previousPeriodTotal = sum(before);
  return {
    ...periods,
    total,
    previous: previousTotal,
    yoyPct: yoyPct(total, previousTotal),
    previousPeriodTotal,
    changePct: yoyPct(total, previousPeriodTotal),
    byCategory,
  };
}

/** Codes counted in any of the maps, the largest count in the period first, ties in taxonomy order. */
function categoriesByCount(
  counts: Map<CategoryCode, number>,
  ...others: Map<CategoryCode, number>[]
): CategoryCode[] {
  // Every stored code, even one the taxonomy no longer lists, so the categories always add up to the total.
  const present = new Set([counts, ...others].flatMap((m) => [...m.keys()]));
  const rank = (code: CategoryCode): number => {
    const i = CATEGORY_CODES.indexOf(code);
    return i < 0 ? CATEGORY_CODES.length : i;
  };
  return [...present].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || rank(a) - rank(b) || (a < b ? -1 : 1),
  );
}

function sum(counts: Map<CategoryCode, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}
