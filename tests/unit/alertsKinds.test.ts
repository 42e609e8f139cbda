// Each count rule on generated daily series whose answer is known: a surge injected in one category
// in one week fires for that category and that week only, quiet data fires nothing, small counts are
// judged by the Poisson test rather than σ, year on year across 29 February, a trend crossing its
// threshold within the horizon, and no verdict where the store has no history yet.
import { describe, expect, it } from 'vitest';
import type { CountParams } from '../../src/shared/alerts';
import { addDays, type IsoDate } from '../../src/shared/period';
import { judgeCount } from '../../src/main/alerts/countRules';
import { DailyCounts } from '../../src/main/alerts/dailyCounts';
import { explainVerdict } from '../../src/main/alerts/explain';
import { leastSquares, poissonLevel, poissonTail, standardDeviation } from '../../src/main/alerts/statistics';

const SURGE: CountParams = {
  kind: 'surge',
  window: { length: 7, unit: 'days' },
  baselineWindows: 8,
  sigmas: 3,
  minCount: 10,
  alpha: 0.001,
};

/** A seeded generator (mulberry32), so the "random" series are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reports are fewer at weekends (Monday first), as in the sample generator. */
const WEEKDAY = [1.1, 1.14, 1.13, 1.1, 1.02, 0.58, 0.52];

/** A quiet day: the category's rate, its weekday's share, and up to ±20% of noise, rounded. */
function quietDay(next: () => number, rate: number, day: number): number {
  return Math.round(rate * (WEEKDAY[day % 7] ?? 1) * (0.8 + 0.4 * next()));
}

const START = '2016-01-04'; // a Monday
const DAYS = 26 * 7;

function series(values: readonly number[], from: IsoDate = START, first: IsoDate | null = from): DailyCounts {
  const byDay = new Map(values.map((n, i) => [addDays(from, i), n]));
  return new DailyCounts({ from, to: addDays(from, values.length - 1) }, byDay, first);
}

/** The Sundays that end whole weeks after the 8-week baseline: each week judged once. */
function weekEnds(): IsoDate[] {
  const ends: IsoDate[] = [];
  for (let day = addDays(START, 9 * 7 - 1); day <= addDays(START, DAYS - 1); day = addDays(day, 7))
    ends.push(day);
  return ends;
}

describe('surge', () => {
  const next = random(20160930);
  const rates = [40, 25, 12, 6, 3, 1.5];
  const quiet = rates.map((rate) => Array.from({ length: DAYS }, (_, day) => quietDay(next, rate, day)));
  const surgeWeek = 15;

  it('fires for the category and the week of an injected surge, and nowhere else', () => {
    const data = quiet.map((days) => [...days]);
    const surged = data[1]!;
    for (let d = surgeWeek * 7; d < surgeWeek * 7 + 7; d++) surged[d] = (surged[d] ?? 0) * 3;
    const fired = data.flatMap((days, category) =>
      weekEnds()
        .filter((end) => judgeCount(SURGE, series(days), end).fires)
        .map((end) => ({ category, end })),
    );
    expect(fired).toEqual([{ category: 1, end: addDays(START, surgeWeek * 7 + 6) }]);
  });

  it('fires nothing on quiet data, large counts or small', () => {
    for (const days of quiet) {
      for (const end of weekEnds()) expect(judgeCount(SURGE, series(days), end).fires).toBe(false);
    }
  });

  it('judges small counts by the Poisson test, where mean + 3σ would fire', () => {
    const weekly = [0, 1, 0, 2, 1, 0, 1, 0];
    // One incident on the first day of each baseline week, 4 in the current one.
    const days = weekly.flatMap((n) => [n, 0, 0, 0, 0, 0, 0]).concat([4, 0, 0, 0, 0, 0, 0]);
    const params = { ...SURGE, minCount: 0 };
    const mean = weekly.reduce((a, b) => a + b) / weekly.length;
    expect(4).toBeGreaterThanOrEqual(mean + 3 * standardDeviation(weekly));
    const end = addDays(START, days.length - 1);
    const verdict = judgeCount(params, series(days), end);
    expect(verdict.reason).toMatchObject({ kind: 'surge', test: 'poisson', mean });
    expect(verdict.fires).toBe(false);
    const louder = [...days.slice(0, -7), 9, 0, 0, 0, 0, 0, 0];
    expect(judgeCount(params, series(louder), end).fires).toBe(true);
    // ...and the minimum count still applies to a significant one.
    expect(judgeCount({ ...params, minCount: 10 }, series(louder), end).fires).toBe(false);
  });

  it('never takes σ below √mean, so a flat baseline does not make one more incident a surge', () => {
    const days = [...Array<number>(8 * 7).fill(50), ...Array<number>(7).fill(52)];
    const verdict = judgeCount(SURGE, series(days), addDays(START, days.length - 1));
    expect(verdict.reason).toMatchObject({ test: 'sigma', mean: 350, sigma: Math.sqrt(350) });
    expect(verdict.fires).toBe(false);
  });

  it('explains itself in one sentence', () => {
    const days = [...Array<number>(8 * 7).fill(25), ...Array<number>(7).fill(60)];
    const end = addDays(START, days.length - 1);
    const verdict = judgeCount(SURGE, series(days), end);
    expect(verdict.fires).toBe(true);
    expect(explainVerdict({ categories: ['phishing'], dimension: null }, verdict, 7)).toBe(
      'phishing: 420 incidents in the 7 days to 6 Mar 2016, 2.4x the 8-week average of 175 ± 13',
    );
  });

  it('does not judge a window whose baseline reaches before the store holds any incident', () => {
    const days = [...Array<number>(8 * 7).fill(0), ...Array<number>(7).fill(40)];
    const end = addDays(START, days.length - 1);
    const verdict = judgeCount(SURGE, series(days, START, addDays(START, 50)), end);
    expect(verdict).toMatchObject({
      fires: false,
      level: null,
      reason: { kind: 'no_history', since: START },
    });
  });
});

describe('threshold', () => {
  it('fires at N incidents in the window, not at N - 1; hours count as whole days', () => {
    const params: CountParams = { kind: 'threshold', window: { length: 48, unit: 'hours' }, atLeast: 10 };
    const end = addDays(START, 2);
    expect(judgeCount(params, series([9, 5, 5]), end)).toMatchObject({ fires: true, count: 10 });
    expect(judgeCount(params, series([9, 5, 4]), end)).toMatchObject({ fires: false, count: 9 });
  });
});

describe('year on year', () => {
  const params: CountParams = { kind: 'yoy', window: { length: 7, unit: 'days' }, minPct: 50, minCount: 30 };
  // 10 a day through 2015, 20 a day in 2016.
  const from = '2015-01-01';
  const values = Array.from({ length: 450 }, (_, i) => (addDays(from, i) < '2016-01-01' ? 10 : 20));

  it('compares with the same dates a year earlier, 29 February with 28 February', () => {
    // 23–29 Feb 2016 against 23–28 Feb 2015: 140 against 60, six days being all that year had.
    const verdict = judgeCount(params, series(values, from), '2016-02-29');
    expect(verdict).toMatchObject({ fires: true, count: 140, baseline: 60 });
    expect(verdict.reason).toMatchObject({
      kind: 'yoy',
      comparison: { from: '2015-02-23', to: '2015-02-28' },
      pct: 133.3,
    });
    expect(judgeCount({ ...params, minPct: 133.4 }, series(values, from), '2016-02-29').fires).toBe(false);
    expect(judgeCount({ ...params, minCount: 141 }, series(values, from), '2016-02-29').fires).toBe(false);
  });

  it('does not fire without a count a year earlier to rise from', () => {
    const verdict = judgeCount(params, series(values, from), '2015-12-31');
    expect(verdict.reason).toMatchObject({ kind: 'no_history' });
    expect(verdict.fires).toBe(false);
  });
});

describe('trend', () => {
  const params: CountParams = {
    kind: 'trend',
    window: { length: 1, unit: 'weeks' },
    windows: 8,
    horizon: 3,
    threshold: 100,
  };
  const weeks = (counts: number[]): number[] => counts.flatMap((n) => [n, 0, 0, 0, 0, 0, 0]);
  const end = addDays(START, 8 * 7 - 1);

  it('fires when the fitted line reaches the threshold within the horizon', () => {
    const verdict = judgeCount(params, series(weeks([10, 20, 30, 40, 50, 60, 70, 80])), end);
    expect(verdict.fires).toBe(true);
    expect(verdict.reason).toMatchObject({ kind: 'trend', slope: 10, fitted: 80, crossesIn: 2 });
    expect(explainVerdict({ categories: ['ddos'], dimension: null }, verdict, 7)).toBe(
      'ddos: 80 incidents in the 7 days to 28 Feb 2016, rising by about 10 a week over the last 8 weeks; ' +
        'at that pace 100 a week within 2 weeks',
    );
  });

  it('does not fire beyond the horizon, falling, or once the count is already there', () => {
    expect(
      judgeCount({ ...params, horizon: 1 }, series(weeks([10, 20, 30, 40, 50, 60, 70, 80])), end).fires,
    ).toBe(false);
    expect(judgeCount(params, series(weeks([80, 70, 60, 50, 40, 30, 20, 10])), end).fires).toBe(false);
    expect(judgeCount(params, series(weeks([40, 50, 60, 70, 80, 90, 100, 110])), end).fires).toBe(false);
  });
});

describe('statistics', () => {
  it('computes Poisson tails, levels and least-squares lines that can be checked by hand', () => {
    expect(poissonTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * 2.5, 12);
    expect(poissonTail(0, 4)).toBe(1);
    expect(poissonTail(1, 0)).toBe(0);
    expect(poissonTail(60, 2)).toBeGreaterThan(0);
    expect(poissonTail(60, 2)).toBeLessThan(1e-40);
    const level = poissonLevel(2, 0.001);
    expect(poissonTail(level, 2)).toBeLessThan(0.001);
    expect(poissonTail(level - 1, 2)).toBeGreaterThanOrEqual(0.001);
    expect(leastSquares([1, 3, 5, 7])).toEqual({ slope: 2, intercept: 1 });
  });
});
