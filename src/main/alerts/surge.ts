// Surge: the current window against the K windows of equal length before it. With a baseline mean of
// POISSON_BELOW_MEAN or more it fires at mean + k·σ; below that, counts are too small for σ to mean
// much (a quiet category with 0, 1, 0, 2 a week would "surge" at 3), so a Poisson test decides:
// P(X ≥ count | λ = mean) < α. Either way the count must also reach the rule's minimum.
//
// σ is never taken below √mean, the spread counts show by chance alone (Poisson): a baseline that
// happened to be flat (8 weeks of exactly 50) would otherwise make 51 a surge.
import { POISSON_BELOW_MEAN, type CountParams } from '../../shared/alerts';
import type { Period } from '../../shared/period';
import type { DailyCounts } from './dailyCounts';
import { mean, poissonLevel, poissonTail, standardDeviation } from './statistics';
import type { Verdict } from './verdict';
import { windowsBefore } from './windows';

type Params = Extract<CountParams, { kind: 'surge' }>;

export function judgeSurge(params: Params, counts: DailyCounts, window: Period, days: number): Verdict {
  const count = counts.sum(window);
  const before = windowsBefore(window, days, params.baselineWindows);
  const since = before[0]?.from ?? window.from;
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
  const values = before.map((w) => counts.sum(w));
  const m = mean(values);
  const sigma = Math.max(standardDeviation(values), Math.sqrt(m));
  const common = {
    kind: 'surge' as const,
    windows: params.baselineWindows,
    windowDays: days,
    mean: m,
    sigma,
  };
  if (m < POISSON_BELOW_MEAN) {
    const pValue = poissonTail(count, m);
    return {
      fires: pValue < params.alpha && count >= params.minCount,
      window,
      count,
      baseline: m,
      level: Math.max(poissonLevel(m, params.alpha), params.minCount),
      reason: { ...common, test: 'poisson', pValue },
    };
  }
  const level = m + params.sigmas * sigma;
  return {
    fires: count >= level && count >= params.minCount,
    window,
    count,
    baseline: m,
    level: Math.max(level, params.minCount),
    reason: { ...common, test: 'sigma', pValue: null },
  };
}
