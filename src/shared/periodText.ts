// Periods as people write them: "1 January – 30 September 2016" or "2016年1月1日至9月30日", the
// shared month and year written once. One wording for the command line, the window and the report.
import type { Language } from './i18n/languages';
import { ymd, type Period } from './period';

/** English month names, January first (the report's English summary writes dates with them too). */
export const ENGLISH_MONTHS = [
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

export function periodText(period: Period, language: Language = 'en'): string {
  return language === 'zh' ? chinesePeriod(period) : englishPeriod(period);
}

/** One calendar day (YYYY-MM-DD) written out: "30 September 2016", "2016年9月30日". */
export function dayText(day: string, language: Language = 'en'): string {
  return periodText({ from: day, to: day }, language);
}

function englishPeriod(period: Period): string {
  const from = ymd(period.from);
  const to = ymd(period.to);
  const month = (m: number): string => ENGLISH_MONTHS[m - 1] ?? '';
  const end = `${String(to.day)} ${month(to.month)} ${String(to.year)}`;
  if (period.from === period.to) return end;
  if (from.year !== to.year) return `${String(from.day)} ${month(from.month)} ${String(from.year)} – ${end}`;
  if (from.month !== to.month) return `${String(from.day)} ${month(from.month)} – ${end}`;
  return `${String(from.day)} – ${end}`;
}

function chinesePeriod(period: Period): string {
  const from = ymd(period.from);
  const to = ymd(period.to);
  const full = (d: typeof from): string => `${String(d.year)}年${String(d.month)}月${String(d.day)}日`;
  if (period.from === period.to) return full(to);
  if (from.year !== to.year) return `${full(from)}至${full(to)}`;
  if (from.month !== to.month) return `${full(from)}至${String(to.month)}月${String(to.day)}日`;
  return `${full(from)}至${String(to.day)}日`;
}
