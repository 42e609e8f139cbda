// One sentence per alert, as an analyst would say it: "phishing: 412 incidents in the 7 days to
// 30 Sep 2016, 2.3x the 8-week average of 180 ± 25". Fixed 'en-US' number formats, so the sentence
// reads the same on every machine and in the command line's output.
import { ymd, type IsoDate, type Period } from '../../shared/period';
import type { Reason, Verdict } from './verdict';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "30 Sep 2016". */
export function shortDate(date: IsoDate): string {
  const { year, month, day } = ymd(date);
  return `${String(day)} ${MONTHS[month - 1] ?? ''} ${String(year)}`;
}

/** A count or a mean: whole above 10, one decimal below (a mean of 1.4 a week is not 1). */
export function figure(n: number): string {
  return Math.abs(n) >= 10 ? integer.format(n) : oneDecimal.format(n);
}

export function incidents(n: number): string {
  return `${integer.format(n)} incident${n === 1 ? '' : 's'}`;
}

/** "on 30 Sep 2016", "in the 7 days to 30 Sep 2016". */
export function windowPhrase(window: Period, days: number): string {
  return days === 1 ? `on ${shortDate(window.to)}` : `in the ${String(days)} days to ${shortDate(window.to)}`;
}

/** "8-week" for 8 windows of 7 days, "90-day" for 3 of 30. */
function spanLabel(windows: number, days: number): string {
  const total = windows * days;
  return total % 7 === 0 ? `${String(total / 7)}-week` : `${String(total)}-day`;
}

/** "a week", "a day", "per 30 days": the unit a rate per window is in. */
function perWindow(days: number): string {
  if (days === 7) return 'a week';
  if (days === 1) return 'a day';
  return `per ${String(days)} days`;
}

function windowsLabel(windows: number, days: number): string {
  if (days === 7) return `${String(windows)} weeks`;
  if (days === 1) return `${String(windows)} days`;
  return `${String(windows)} windows of ${String(days)} days`;
}

function pText(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p = ${p.toPrecision(2)}`;
}

function because(reason: Reason, count: number): string {
  switch (reason.kind) {
    case 'threshold':
      return `at or above the threshold of ${integer.format(reason.atLeast)}`;
    case 'surge': {
      const span = spanLabel(reason.windows, reason.windowDays);
      if (reason.test === 'poisson') {
        return `against the ${span} average of ${figure(reason.mean)} (as many by chance: ${pText(reason.pValue ?? 1)})`;
      }
      const ratio = reason.mean > 0 ? `${(count / reason.mean).toFixed(1)}x ` : '';
      return `${ratio}the ${span} average of ${figure(reason.mean)} ± ${figure(reason.sigma)}`;
    }
    case 'yoy':
      return reason.pct === null
        ? `none on the same days a year earlier`
        : `${reason.pct >= 0 ? 'up' : 'down'} ${Math.abs(reason.pct).toFixed(1)}% on the same days a year earlier (${integer.format(reason.previous)})`;
    case 'trend': {
      const rate = `${reason.slope >= 0 ? 'rising' : 'falling'} by about ${figure(Math.abs(reason.slope))} ${perWindow(reason.windowDays)} over the last ${windowsLabel(reason.windows, reason.windowDays)}`;
      if (reason.crossesIn === null) return rate;
      return `${rate}; at that pace ${integer.format(reason.threshold)} ${perWindow(reason.windowDays)} within ${windowsLabel(reason.crossesIn, reason.windowDays)}`;
    }
    case 'no_history':
      return `not judged: the store holds no incidents before ${shortDate(reason.since)}`;
  }
}

/** The sentence for a count rule's verdict on `subject` ("phishing", "all incidents"). */
export function explainVerdict(subject: string, verdict: Verdict, days: number): string {
  return `${subject}: ${incidents(verdict.count)} ${windowPhrase(verdict.window, days)}, ${because(verdict.reason, verdict.count)}`;
}

/** The sentence for a watchlist match: ".gov.cn: 3 incidents in the 7 days to …, e.g. www.x.gov.cn". */
export function explainMatches(
  term: string,
  count: number,
  when: string,
  examples: readonly string[],
): string {
  const seen = examples.length > 0 ? ` (${examples.join(', ')})` : '';
  return `${term}: ${incidents(count)} ${when} match${count === 1 ? 'es' : ''}${seen}`;
}
