// Periods as people write them: "1 January – 30 September 2016", the shared month and year written
// once. One wording for the command line (`vigil stats`) and the window.
import { ymd, type Period } from './period';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function periodText(period: Period): string {
  const from = ymd(period.from);
  const to = ymd(period.to);
  const month = (m: number): string => MONTHS[m - 1] ?? '';
  const end = `${String(to.day)} ${month(to.month)} ${String(to.year)}`;
  if (period.from === period.to) return end;
  if (from.year !== to.year) return `${String(from.day)} ${month(from.month)} ${String(from.year)} – ${end}`;
  if (from.month !== to.month) return `${String(from.day)} ${month(from.month)} – ${end}`;
  return `${String(from.day)} – ${end}`;
}
