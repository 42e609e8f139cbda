// The period a duplicated report covers. "Next" is the period of equal length that follows, except
// that a run of whole months is followed by the same number of whole months (January–June is followed
// by July–December, not by 182 days ending on 29 December). "Next year" is the same dates a year later.
import { addDays, addYears, dayCount, daysInMonth, ymd, type Period } from '../../shared/period';
import type { DuplicatePeriod } from '../../shared/report';

function wholeMonths(period: Period): number | null {
  const from = ymd(period.from);
  const to = ymd(period.to);
  if (from.day !== 1 || to.day !== daysInMonth(to.year, to.month)) return null;
  return (to.year - from.year) * 12 + (to.month - from.month) + 1;
}

function monthStart(year: number, month: number): { year: number; month: number } {
  const index = year * 12 + (month - 1);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function nextPeriod(period: Period, kind: DuplicatePeriod): Period {
  if (kind === 'next_year') {
    // 29 February a year later is 28 February; a period that ended on 28 February in the year before a
    // leap year ends on 29 February, so a whole February stays whole.
    const to = ymd(period.to);
    const end = addYears(period.to, 1);
    const endParts = ymd(end);
    const wholeMonthEnd = to.day === daysInMonth(to.year, to.month);
    return {
      from: addYears(period.from, 1),
      to: wholeMonthEnd
        ? `${pad(endParts.year, 4)}-${pad(endParts.month, 2)}-${pad(daysInMonth(endParts.year, endParts.month), 2)}`
        : end,
    };
  }
  const months = wholeMonths(period);
  if (months !== null) {
    const to = ymd(period.to);
    const start = monthStart(to.year, to.month + 1);
    const last = monthStart(start.year, start.month + months - 1);
    return {
      from: `${pad(start.year, 4)}-${pad(start.month, 2)}-01`,
      to: `${pad(last.year, 4)}-${pad(last.month, 2)}-${pad(daysInMonth(last.year, last.month), 2)}`,
    };
  }
  const days = dayCount(period);
  return { from: addDays(period.to, 1), to: addDays(period.to, days) };
}
