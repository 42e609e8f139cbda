// A rule run over past days, as of each one: the value it tests (its window's count), the level it
// would have fired at, and the alerts it would have raised. One read of the days the whole period
// needs; each day's windows are then sums over that read.
import type { Database } from 'better-sqlite3';
import { windowDays, type AlertRule, type Backtest } from '../../shared/alerts';
import { addDays, type IsoDate, type Period } from '../../shared/period';
import { judgeCount, lookbackStart } from './countRules';
import { DailyCounts, readDailyCounts } from './dailyCounts';
import { countAlert, isCountRule, isWatchRule, watchAlert, type CountRule, type WatchRule } from './evaluate';
import { compileTerms } from './watchMatch';
import { scanMatches, type Match } from './watchScan';
import { daysOf, windowEnding } from './windows';

export function backtest(db: Database, rule: AlertRule, period: Period): Backtest {
  const days = daysOf(period);
  const base = { ruleId: rule.id, rule: rule.name, kind: rule.params.kind, period, days };
  if (isCountRule(rule)) return { ...base, ...countSeries(db, rule, period, days) };
  if (isWatchRule(rule)) return { ...base, ...watchSeries(db, rule, period, days) };
  return { ...base, counts: [], levels: [], fired: [] };
}

type Series = Pick<Backtest, 'counts' | 'levels' | 'fired'>;

function countSeries(db: Database, rule: CountRule, period: Period, days: readonly IsoDate[]): Series {
  const counts = readDailyCounts(db, rule.scope, {
    from: lookbackStart(rule.params, period.from),
    to: period.to,
  });
  const series: Series = { counts: [], levels: [], fired: [] };
  for (const day of days) {
    const verdict = judgeCount(rule.params, counts, day);
    series.counts.push(verdict.count);
    series.levels.push(verdict.level === null ? null : Math.round(verdict.level * 10) / 10);
    if (verdict.fires) series.fired.push(countAlert(rule, verdict));
  }
  return series;
}

function byDay(matches: readonly Match[]): Map<IsoDate, Match[]> {
  const map = new Map<IsoDate, Match[]>();
  for (const m of matches) {
    const list = map.get(m.day);
    if (list === undefined) map.set(m.day, [m]);
    else list.push(m);
  }
  return map;
}

function dailyCounts(reach: Period, matches: ReadonlyMap<IsoDate, readonly Match[]>): DailyCounts {
  // Distinct incidents: one matching two terms is one incident on the chart.
  const counts = new Map([...matches].map(([day, list]) => [day, new Set(list.map((m) => m.id)).size]));
  return new DailyCounts(reach, counts, null);
}

function watchSeries(db: Database, rule: WatchRule, period: Period, days: readonly IsoDate[]): Series {
  const length = windowDays(rule.params.window);
  const reach: Period = { from: addDays(period.from, 1 - length), to: period.to };
  const matches = scanMatches(db, rule.scope, { occurred: reach }, compileTerms(rule.params.terms));
  const terms = [...matches].map(([term, list]) => {
    const perDay = byDay(list);
    return { term, perDay, counts: dailyCounts(reach, perDay) };
  });
  const any = dailyCounts(reach, byDay([...matches.values()].flat()));
  const series: Series = { counts: [], levels: [], fired: [] };
  for (const day of days) {
    const window = windowEnding(day, length);
    series.counts.push(any.sum(window));
    series.levels.push(1);
    for (const { term, perDay, counts } of terms) {
      if (counts.sum(window) === 0) continue;
      const found = daysOf(window).flatMap((d) => perDay.get(d) ?? []);
      series.fired.push(watchAlert(rule, term, found, window, { days: length, windowEnd: window.to }));
    }
  }
  return series;
}
