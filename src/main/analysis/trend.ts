// A period's incidents per day, ISO week, month or quarter, broken down by one dimension, with the
// same dates one year earlier as a comparison line (stats.trend). Read from the daily aggregate
// (agg_day_category, agg_day_dim), never from the incidents table: a decade of it is a range of its primary key.
//
// Buckets are gathered twice, on purpose: SQLite groups the period's rows by bucket (so a region with
// hundreds of spellings never comes back once per day), and the bucket list itself, with the empty
// buckets a time axis needs, comes from period.ts. Tests hold the two to the same answers across
// year boundaries and leap days; a bucket SQLite names that the list lacks is an internal fault.
import type { Database } from 'better-sqlite3';
import {
  MAX_TREND_DAYS,
  type Trend,
  type TrendDimension,
  type TrendGranularity,
  type TrendSeries,
} from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import {
  addDays,
  dayCount,
  isIsoDate,
  isoWeekday,
  yearEarlier,
  ymd,
  type IsoDate,
  type Period,
} from '../../shared/period';
import type { CategoryCode } from '../../shared/taxonomy';
import { aggregateSource, dailyTotals } from './aggregateSource';
import { notADate, periodReversed, tooFarBack, trendTooLong } from './queryFaults';

export interface TrendQuery extends Period {
  granularity: TrendGranularity;
  by: TrendDimension;
  /** Count only these categories; all when absent or empty. */
  categories?: readonly CategoryCode[] | undefined;
}

/** Each bucket's first day as SQLite computes it from the aggregates' 'YYYY-MM-DD' day. */
const BUCKET_SQL: Readonly<Record<TrendGranularity, string>> = {
  day: 'day',
  // Back six days, then forward to the next Monday (or stay on one): the Monday that starts the ISO week.
  week: "date(day, '-6 days', 'weekday 1')",
  month: "substr(day, 1, 8) || '01'",
  quarter: "printf('%s-%02d-01', substr(day, 1, 4), ((CAST(substr(day, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1)",
};

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first day of the bucket holding `date`. */
export function bucketStart(date: IsoDate, granularity: TrendGranularity): IsoDate {
  switch (granularity) {
    case 'day':
      return date;
    case 'week':
      return addDays(date, 1 - isoWeekday(date));
    case 'month':
      return `${date.slice(0, 8)}01`;
    case 'quarter': {
      const { month } = ymd(date);
      return `${date.slice(0, 5)}${pad2(month - ((month - 1) % 3))}-01`;
    }
  }
}

/** The period's days gathered into buckets: each bucket's first day, and the days of the period it holds. */
export function periodBuckets(
  period: Period,
  granularity: TrendGranularity,
): { start: IsoDate; days: Period }[] {
  const buckets: { start: IsoDate; days: Period }[] = [];
  // Day by day (at most MAX_TREND_DAYS steps) rather than bucket by bucket: no month arithmetic to get
  // wrong, and no step past the period's last day, which may be 9999-12-31.
  for (let day = period.from; ; day = addDays(day, 1)) {
    const start = bucketStart(day, granularity);
    const last = buckets.at(-1);
    if (last !== undefined && last.start === start) last.days.to = day;
    else buckets.push({ start, days: { from: day, to: day } });
    if (day === period.to) break;
  }
  return buckets;
}

/** The period a trend counts, or an invalid_input fault saying what is wrong with the query. */
export function trendPeriod(query: Period): Period {
  for (const end of ['from', 'to'] as const) {
    if (!isIsoDate(query[end])) {
      throw notADate(end, query[end]);
    }
  }
  if (query.from > query.to) {
    throw periodReversed(query);
  }
  const period: Period = { from: query.from, to: query.to };
  if (dayCount(period) > MAX_TREND_DAYS) {
    throw trendTooLong(period, dayCount(period), MAX_TREND_DAYS);
  }
  try {
    yearEarlier(period);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw tooFarBack(err.message);
  }
  return period;
}

export function trend(db: Database, query: TrendQuery): Trend {
  const period = trendPeriod(query);
  const buckets = periodBuckets(period, query.granularity);
  const index = new Map(buckets.map((b, i) => [b.start, i]));
  const source = aggregateSource(query.by, period, query.categories);

  const rows = db
    .prepare(
      `SELECT ${BUCKET_SQL[query.granularity]} AS bucket, ${source.key} AS key, sum(n) AS count
       ${source.sql} GROUP BY bucket, key`,
    )
    .all(...source.params) as { bucket: string; key: string; count: number }[];
  const byKey = new Map<string, number[]>();
  for (const row of rows) {
    if (row.count <= 0) continue;
    const i = index.get(row.bucket);
    if (i === undefined) {
      throw new VigilFault(
        'internal',
        `the trend found a bucket ${row.bucket} outside ${period.from}..${period.to}`,
      );
    }
    let counts = byKey.get(row.key);
    if (counts === undefined) {
      counts = buckets.map(() => 0);
      byKey.set(row.key, counts);
    }
    counts[i] = (counts[i] ?? 0) + row.count;
  }
  const total = (counts: number[]): number => counts.reduce((a, b) => a + b, 0);
  const series: TrendSeries[] = [...byKey]
    .map(([key, counts]) => ({ key, counts, total: total(counts) }))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, counts }) => ({ key, counts }));

  return {
    period,
    granularity: query.granularity,
    by: query.by,
    buckets: buckets.map((b) => b.start),
    series,
    comparison: comparisonTotals(db, period, buckets, query.categories),
  };
}

/**
 * Each bucket's days one year earlier (period.ts's yearEarlier, so 29 February compares with 28
 * February), counted from one read of the whole comparison period by day. In the day and week views
 * a leap year's 28 and 29 February both compare with the 28th of the year before, as each would alone.
 */
function comparisonTotals(
  db: Database,
  period: Period,
  buckets: readonly { days: Period }[],
  categories: readonly CategoryCode[] | undefined,
): number[] {
  const byDay = dailyTotals(db, yearEarlier(period), categories);
  return buckets.map(({ days }) => {
    const range = yearEarlier(days);
    let sum = 0;
    for (let day = range.from; ; day = addDays(day, 1)) {
      sum += byDay.get(day) ?? 0;
      if (day === range.to) break;
    }
    return sum;
  });
}
