// A rule's daily series, read from the aggregate tables (migration 0006) and never from incidents:
// agg_day_category when the rule narrows by category only, agg_day_dim (its '*' rows without a
// category) when it also narrows to one value of one dimension. A period of either is one range of
// its primary key, however many incidents it counts. Window sums come from prefix sums, so a backtest
// reads its days once and answers each window in constant time.
import type { Database } from 'better-sqlite3';
import type { RuleScope } from '../../shared/alerts';
import { addDays, type IsoDate, type Period } from '../../shared/period';
import { ALL_CATEGORIES } from '../store/aggregateDimensions';
import { daysBetween } from './windows';

export class DailyCounts {
  private readonly prefix: number[];

  constructor(
    readonly period: Period,
    byDay: ReadonlyMap<IsoDate, number>,
    /** The store's first day with any incident: days before it are unknown, not quiet. */
    readonly firstDay: IsoDate | null,
  ) {
    const days = daysBetween(period.from, period.to) + 1;
    this.prefix = new Array<number>(days + 1).fill(0);
    let day = period.from;
    for (let i = 0; i < days; i++) {
      this.prefix[i + 1] = (this.prefix[i] ?? 0) + (byDay.get(day) ?? 0);
      day = addDays(day, 1);
    }
  }

  /** Incidents in `window`, both ends included; days outside what was read count 0. */
  sum(window: Period): number {
    const last = this.prefix.length - 2;
    const lo = Math.max(0, daysBetween(this.period.from, window.from));
    const hi = Math.min(last, daysBetween(this.period.from, window.to));
    if (hi < lo) return 0;
    return (this.prefix[hi + 1] ?? 0) - (this.prefix[lo] ?? 0);
  }

  /** True when the store holds incidents from `day` or earlier, so a count from `day` on means something. */
  knownFrom(day: IsoDate): boolean {
    return this.firstDay !== null && this.firstDay <= day;
  }
}

/** The first day of the store's incidents (one step of agg_day_category's primary key). */
export function firstDay(db: Database): IsoDate | null {
  const row = db.prepare('SELECT min(day) AS first FROM agg_day_category').get() as
    { first: string | null } | undefined;
  return row?.first ?? null;
}

/** `FROM … WHERE …` over the scope's aggregate rows in a period, with its parameters. */
function scopeSource(scope: RuleScope, period: Period): { sql: string; params: string[] } {
  const codes = [...new Set(scope.categories)];
  const inCodes = `category IN (${codes.map(() => '?').join(', ')})`;
  if (scope.dimension === null) {
    return {
      sql: `FROM agg_day_category WHERE day BETWEEN ? AND ?${codes.length === 0 ? '' : ` AND ${inCodes}`}`,
      params: [period.from, period.to, ...codes],
    };
  }
  return {
    sql: `FROM agg_day_dim WHERE dim = ? AND ${codes.length === 0 ? 'category = ?' : inCodes}
          AND day BETWEEN ? AND ? AND value = ?`,
    params: [
      scope.dimension.dim,
      ...(codes.length === 0 ? [ALL_CATEGORIES] : codes),
      period.from,
      period.to,
      scope.dimension.value,
    ],
  };
}

export function readDailyCounts(
  db: Database,
  scope: RuleScope,
  period: Period,
  first: IsoDate | null = firstDay(db),
): DailyCounts {
  const source = scopeSource(scope, period);
  const rows = db.prepare(`SELECT day, sum(n) AS n ${source.sql} GROUP BY day`).all(...source.params) as {
    day: string;
    n: number;
  }[];
  return new DailyCounts(period, new Map(rows.map((r) => [r.day, r.n])), first);
}
