// Period arithmetic for statistics (DESIGN.md §3, period-over-period): calendar dates as 'YYYY-MM-DD'
// strings, periods inclusive at both ends, the comparison period one year earlier, the equal-length
// period just before, the year-on-year change, and the dashboard's presets.
//
// Dates are calendar dates, not instants: the arithmetic runs on day numbers (days since 1970-01-01 in
// the proleptic Gregorian calendar), never on Date objects, so no time zone or daylight-saving change
// can shift a day. The zone matters in two places only: which date "today" is (todayIn), and which
// instants a date covers. The stored daily counts are by UTC date, so for now statistics are counted in
// UTC only (STATS_TIME_ZONE); a workstation in another zone needs aggregates by local day first.
//
// Pure ECMAScript (Intl included): imported by the main process and the renderer alike.

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

/** Dates from `from` to `to`, both included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The one zone statistics are counted in for now: the daily aggregates are keyed by the UTC date of
 * occurred_at, and a local-day count cannot be rebuilt from them. Another zone needs aggregates by
 * local day (a later change); until then the service refuses it rather than count the wrong days.
 */
export const STATS_TIME_ZONE = 'UTC';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years outside 0001–9999 cannot be written as YYYY; arithmetic that leaves them throws RangeError. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A date's year, month (1–12) and day of the month. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parts(date: IsoDate): Ymd | null {
  const m = ISO_DATE.exec(date);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date written 'YYYY-MM-DD' (so not 2015-02-29 nor 2016-13-01). */
export function isIsoDate(text: string): boolean {
  return parts(text) !== null;
}

/** A date's year, month and day; throws RangeError for text that is not a calendar date. */
export function ymd(date: IsoDate): Ymd {
  const p = parts(date);
  if (p === null) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
  return p;
}

function format({ year, month, day }: Ymd): IsoDate {
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`year ${year} is outside 0001–9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Howard Hinnant's days_from_civil / civil_from_days (https://howardhinnant.github.io/date_algorithms.html):
// exact integer arithmetic over 400-year eras, with March as the first month so the leap day comes last.
function dayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return format(fromDayNumber(dayNumber(ymd(date)) + days));
}

/** Days from `from` to `to`, both counted (1 for a single day); throws when `to` is before `from`. */
export function dayCount(period: Period): number {
  const n = dayNumber(ymd(period.to)) - dayNumber(ymd(period.from)) + 1;
  if (n < 1) throw new RangeError(`the period ends (${period.to}) before it starts (${period.from})`);
  return n;
}

/**
 * The same date `years` years later (earlier, when negative). 29 February in a year without one becomes
 * 28 February: the last day of the same month, so a period never gains a day from the next month.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = ymd(date);
  const target = year + years;
  return format({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/**
 * The comparison period of DESIGN.md §3: the same dates one year earlier. 29 February compares with
 * 28 February, at either end. Being "the same dates", 28 February 2017 compares with 28 February 2016,
 * so a comparison period ending in February of a leap year leaves out its 29th.
 */
export function yearEarlier(period: Period): Period {
  return { from: addYears(period.from, -1), to: addYears(period.to, -1) };
}

/** The period of equal length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const days = dayCount(period);
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/**
 * The change of `count` against `previous` in percent, `(count − previous) / previous × 100`, rounded
 * to one decimal half away from zero; null where previous is 0 (shown as "n/a"). Rounded on the exact
 * rational in integers, so 4489 against 2000 (exactly 124.45) gives 124.5, where rounding the float
 * 124.44999… would give 124.4.
 */
export function yoyPct(count: number, previous: number): number | null {
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(previous) || count < 0 || previous < 0) {
    throw new RangeError(`counts must be whole numbers of 0 or more, not ${count} and ${previous}`);
  }
  if (previous === 0) return null;
  // BigInt: (count − previous) × 1000 may pass 2^53 for counts near it.
  const numerator = BigInt(count - previous) * 1000n;
  const denominator = BigInt(previous);
  const magnitude = numerator < 0n ? -numerator : numerator;
  let tenths = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) tenths += 1n;
  // Negate as a BigInt: 0n has no sign, where -Number(0n) would be -0.
  return Number(numerator < 0n ? -tenths : tenths) / 10;
}

/** ISO 8601 weekday: 1 for Monday to 7 for Sunday. */
export function isoWeekday(date: IsoDate): number {
  // Day 0, 1970-01-01, was a Thursday.
  return ((((dayNumber(ymd(date)) + 3) % 7) + 7) % 7) + 1;
}

/** The ISO 8601 week of a date: weeks start on Monday and belong to the year holding their Thursday. */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const thursday = dayNumber(ymd(date)) - isoWeekday(date) + 4;
  const year = fromDayNumber(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber({ year, month: 1, day: 1 })) / 7) + 1 };
}

/** The date it is at `instant` in `timeZone` (an IANA name such as 'Asia/Shanghai', or 'UTC'). */
export function todayIn(timeZone: string, instant: Date): IsoDate {
  const fields = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(fields.find((p) => p.type === type)?.value);
  return format({ year: field('year'), month: field('month'), day: field('day') });
}

/**
 * The runtime's own name for a time zone ('utc', 'Etc/UTC' and 'GMT' are all 'UTC'), or null for a
 * name it does not know.
 */
export function canonicalTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The dashboard's periods. Each ends on `today`: a period to date compares with the same dates a year
 * earlier, where a whole week, month or quarter would set days that have not happened yet against
 * days that have.
 */
export const PERIOD_PRESETS = [
  'this_week',
  'this_month',
  'last_30_days',
  'this_quarter',
  'year_to_date',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export function presetPeriod(preset: PeriodPreset, today: IsoDate): Period {
  const { year, month } = ymd(today);
  switch (preset) {
    case 'this_week':
      return { from: addDays(today, 1 - isoWeekday(today)), to: today };
    case 'this_month':
      return { from: format({ year, month, day: 1 }), to: today };
    case 'last_30_days':
      return { from: addDays(today, -29), to: today };
    case 'this_quarter':
      return { from: format({ year, month: month - ((month - 1) % 3), day: 1 }), to: today };
    case 'year_to_date':
      return { from: format({ year, month: 1, day: 1 }), to: today };
  }
}

/** The first `months` (1–12) whole months of `year`: first nine months of 2016 = 2016-01-01..2016-09-30. */
export function firstMonths(year: number, months: number): Period {
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    throw new RangeError(`months must be 1 to 12, not ${months}`);
  }
  return {
    from: format({ year, month: 1, day: 1 }),
    to: format({ year, month: months, day: daysInMonth(year, months) }),
  };
}
