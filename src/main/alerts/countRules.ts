// The four kinds of rule that judge counts, behind one door: which days a rule needs to judge a window
// ending on a date, and its verdict there.
import { windowDays, type CountParams } from '../../shared/alerts';
import { addDays, yearEarlier, type IsoDate } from '../../shared/period';
import type { DailyCounts } from './dailyCounts';
import { judgeSurge } from './surge';
import { judgeThreshold } from './threshold';
import { judgeTrend } from './trend';
import type { Verdict } from './verdict';
import { judgeYoy } from './yoy';
import { windowEnding } from './windows';

/** The first day a rule reads to judge the window that ends on `asOf`. */
export function lookbackStart(params: CountParams, asOf: IsoDate): IsoDate {
  const days = windowDays(params.window);
  const window = windowEnding(asOf, days);
  switch (params.kind) {
    case 'threshold':
      return window.from;
    case 'surge':
      return addDays(window.from, -days * params.baselineWindows);
    case 'yoy':
      return yearEarlier(window).from;
    case 'trend':
      return addDays(window.from, -days * (params.windows - 1));
  }
}

export function judgeCount(params: CountParams, counts: DailyCounts, asOf: IsoDate): Verdict {
  const days = windowDays(params.window);
  const window = windowEnding(asOf, days);
  switch (params.kind) {
    case 'threshold':
      return judgeThreshold(params, counts, window);
    case 'surge':
      return judgeSurge(params, counts, window, days);
    case 'yoy':
      return judgeYoy(params, counts, window);
    case 'trend':
      return judgeTrend(params, counts, window, days);
  }
}
