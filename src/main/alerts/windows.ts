// Windows of whole days. The aggregates count incidents per UTC day, so a rule's window of hours,
// days or weeks is a run of whole days ending on the day an evaluation is "as of".
import { addDays, dayCount, type IsoDate, type Period } from '../../shared/period';

/** The `days` days that end on `end`, both ends included. */
export function windowEnding(end: IsoDate, days: number): Period {
  return { from: addDays(end, 1 - days), to: end };
}

/** The `count` windows of `days` days just before `current`, oldest first. */
export function windowsBefore(current: Period, days: number, count: number): Period[] {
  const windows: Period[] = [];
  for (let i = count; i >= 1; i--)
    windows.push(windowEnding(addDays(current.from, -1 - (i - 1) * days), days));
  return windows;
}

/** Days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return to >= from ? dayCount({ from, to }) - 1 : 1 - dayCount({ from: to, to: from });
}

/** Every day from `period.from` to `period.to`. */
export function daysOf(period: Period): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
  return days;
}
