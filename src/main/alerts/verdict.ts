// What a count rule says about one window: whether it fires, the figures behind that, and the level
// the count had to reach (drawn as a line in a backtest).
import type { IsoDate, Period } from '../../shared/period';

export type Reason =
  | { kind: 'threshold'; atLeast: number }
  | {
      kind: 'surge';
      test: 'sigma' | 'poisson';
      windows: number;
      windowDays: number;
      mean: number;
      /** The σ used: the sample's, or √mean when that is larger (see surge.ts). */
      sigma: number;
      /** P(X ≥ count) under the baseline mean, for the Poisson test. */
      pValue: number | null;
    }
  | { kind: 'yoy'; comparison: Period; previous: number; pct: number | null }
  | {
      kind: 'trend';
      windows: number;
      windowDays: number;
      /** Change per window of the fitted line. */
      slope: number;
      /** The fitted line's value at the current window. */
      fitted: number;
      threshold: number;
      /** Windows ahead until the line reaches the threshold, when it does within the horizon. */
      crossesIn: number | null;
    }
  /** Not judged: the store holds no incidents from `since` on, so a count there would mean nothing. */
  | { kind: 'no_history'; since: IsoDate };

export interface Verdict {
  fires: boolean;
  window: Period;
  count: number;
  baseline: number | null;
  /** The count at or above which the rule fires; null where it cannot judge. */
  level: number | null;
  reason: Reason;
}
