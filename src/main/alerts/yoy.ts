// Year on year: the window against the same dates a year earlier (period.ts's yearEarlier, so 29
// February compares with 28 February), firing at a rise of at least X% (the dashboard's rounding:
// one decimal) with at least the rule's minimum count. No count a year earlier: no rise to measure.
import type { CountParams } from '../../shared/alerts';
import { yearEarlier, yoyPct, type Period } from '../../shared/period';
import type { DailyCounts } from './dailyCounts';
import type { Verdict } from './verdict';

type Params = Extract<CountParams, { kind: 'yoy' }>;

export function judgeYoy(params: Params, counts: DailyCounts, window: Period): Verdict {
  const count = counts.sum(window);
  const comparison = yearEarlier(window);
  if (!counts.knownFrom(comparison.from)) {
    const reason = { kind: 'no_history' as const, since: comparison.from };
    return { fires: false, window, count, baseline: null, level: null, reason };
  }
  const previous = counts.sum(comparison);
  const pct = yoyPct(count, previous);
  return {
    fires: pct !== null && pct >= params.minPct && count >= params.minCount,
    window,
    count,
    baseline: previous,
    level: previous === 0 ? null : Math.max(previous * (1 + params.minPct / 100), params.minCount),
    reason: { kind: 'yoy', comparison, previous, pct },
  };
}
