// Trend: a least-squares line through the counts of the recent windows (the current one last) that,
// carried forward, reaches the threshold within the horizon while the count is still below it. A
// count already at the threshold is a threshold rule's business, not a forecast.
import type { CountParams } from '../../shared/alerts';
import type { Period } from '../../shared/period';
import type { DailyCounts } from './dailyCounts';
import { leastSquares } from './statistics';
import type { Verdict } from './verdict';
import { windowsBefore } from './windows';

type Params = Extract<CountParams, { kind: 'trend' }>;

export function judgeTrend(params: Params, counts: DailyCounts, window: Period, days: number): Verdict {
  const count = counts.sum(window);
  const windows = [...windowsBefore(window, days, params.windows - 1), window];
  const since = windows[0]?.from ?? window.from;
  if (!counts.knownFrom(since)) {
    return {
      fires: false,
      window,
      count,
      baseline: null,
      level: null,
      reason: { kind: 'no_history', since },
    };
  }
  const { slope, intercept } = leastSquares(windows.map((w) => counts.sum(w)));
  const fitted = intercept + slope * (params.windows - 1);
  let crossesIn: number | null = null;
  if (slope > 0 && count < params.threshold) {
    const ahead = Math.max(1, Math.ceil((params.threshold - fitted) / slope));
    if (ahead <= params.horizon) crossesIn = ahead;
  }
  return {
    fires: crossesIn !== null,
    window,
    count,
    baseline: fitted,
    level: params.threshold,
    reason: {
      kind: 'trend',
      windows: params.windows,
      windowDays: days,
      slope,
      fitted,
      threshold: params.threshold,
      crossesIn,
    },
  };
}
