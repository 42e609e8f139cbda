// A rule's window and parameters in words, one wording for the command line and the window:
// "7 days; at mean + 3σ of the 8 windows before (Poisson p < 0.001 below a mean of 10); at least 10".
import { POISSON_BELOW_MEAN, windowDays, type RuleParams, type RuleWindow } from './alerts';

export function windowText(window: RuleWindow): string {
  const days = windowDays(window);
  if (window.unit === 'weeks') return `${String(window.length)} week${window.length === 1 ? '' : 's'}`;
  return `${String(days)} day${days === 1 ? '' : 's'}`;
}

export function paramsText(params: RuleParams): string {
  switch (params.kind) {
    case 'threshold':
      return `at least ${String(params.atLeast)} incidents`;
    case 'surge':
      return (
        `at mean + ${String(params.sigmas)}σ of the ${String(params.baselineWindows)} windows before ` +
        `(Poisson p < ${String(params.alpha)} below a mean of ${String(POISSON_BELOW_MEAN)}); ` +
        `at least ${String(params.minCount)}`
      );
    case 'yoy':
      return `up at least ${String(params.minPct)}% on the same days a year earlier; at least ${String(params.minCount)}`;
    case 'trend':
      return (
        `line fitted to the last ${String(params.windows)} windows reaching ${String(params.threshold)} ` +
        `within ${String(params.horizon)} window${params.horizon === 1 ? '' : 's'}`
      );
    case 'watchlist':
      return `watching ${params.terms.join(', ')}`;
  }
}
