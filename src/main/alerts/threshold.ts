// Threshold: at least N incidents in the window.
import type { CountParams } from '../../shared/alerts';
import type { DailyCounts } from './dailyCounts';
import type { Verdict } from './verdict';
import type { Period } from '../../shared/period';

type Params = Extract<CountParams, { kind: 'threshold' }>;

export function judgeThreshold(params: Params, counts: DailyCounts, window: Period): Verdict {
  const count = counts.sum(window);
  return {
    fires: count >= params.atLeast,
    window,
    count,
    baseline: null,
    level: params.atLeast,
    reason: { kind: 'threshold', atLeast: params.atLeast },
  };
}
