// The scanning half of the date readers (see dates.ts for why they are scanners): a cursor over one
// cell, the fields it reads, one scanner per written form, and day-number calendar arithmetic.

export const SECOND_MS = 1000;
export const DAY_MS = 86_400_000;
// Date.UTC-style readers take years below 100 as 19xx, and no incident export predates 1900 or is dated
// after 2999: a year outside is a misread column, not a date.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
/** Instants a Unix-time cell may name: the same years, 1900-01-01 to 2999-12-31 UTC. */
export const UNIX_MIN_MS = daysFromCivil(MIN_YEAR, 1, 1) * DAY_MS;
export const UNIX_MAX_MS = daysFromCivil(MAX_YEAR + 1, 1, 1) * DAY_MS;
/** The output keeps a four-digit year: a zone can move 9999-12-31 (the last spreadsheet day) past it. */
export const OUTPUT_MAX_MS = daysFromCivil(10_000, 1, 1) * DAY_MS;
/** The last serial spreadsheets accept, 9999-12-31. */
export const EXCEL_MAX_SERIAL = 2_958_465;
/** Serial 60 is 1900-02-29, a day that never was: Lotus 1-2-3 took 1900 for a leap year, Excel kept it. */
export const EXCEL_FICTITIOUS_LEAP_DAY = 60;
/** Day number (days since 1970-01-01) of 1899-12-30: serial n > 60 is this day plus n. */
export const EXCEL_EPOCH_DAY = daysFromCivil(1899, 12, 30);

export const C_TAB = 0x09;
export const C_LF = 0x0a;
export const C_CR = 0x0d;
export const C_SPACE = 0x20;
export const C_PLUS = 0x2b;
export const C_COMMA = 0x2c;
export const C_DASH = 0x2d;
export const C_DOT = 0x2e;
export const C_SLASH = 0x2f;
export const C_0 = 0x30;
export const C_9 = 0x39;
export const C_COLON = 0x3a;
export const C_NBSP = 0xa0;
export const C_MINUS_SIGN = 0x2212;
export const C_IDEOGRAPHIC_SPACE = 0x3000;
export const C_BOM = 0xfeff;
// The CJK characters of 2015年9月30日 10时5分30秒, with the traditional forms and the colloquial 号/点.
export const C_YEAR = 0x5e74; // 年
export const C_MONTH = 0x6708; // 月
export const C_DAY = 0x65e5; // 日
export const C_DAY_COLLOQUIAL = 0x53f7; // 号
export const C_HOUR = 0x65f6; // 时
export const C_HOUR_TRAD = 0x6642; // 時
export const C_HOUR_POINT = 0x70b9; // 点
export const C_HOUR_POINT_TRAD = 0x9ede; // 點
export const C_MINUTE = 0x5206; // 分
export const C_SECOND = 0x79d2; // 秒
export const C_UP = 0x4e0a; // 上 of 上午, morning
export const C_DOWN = 0x4e0b; // 下 of 下午, afternoon
export const C_NOON = 0x5348; // 午

export const MERIDIEM_NONE = 0;
export const MERIDIEM_AM = 1;
export const MERIDIEM_PM = 2;

export function isSpace(code: number): boolean {
  return (
    code === C_SPACE ||
    code === C_TAB ||
    code === C_LF ||
    code === C_CR ||
    code === C_NBSP ||
    code === C_IDEOGRAPHIC_SPACE ||
    code === C_BOM
  );
}

/** Full-width ASCII forms (U+FF01–U+FF5E) and the minus sign as their ASCII characters. */
export function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === C_MINUS_SIGN ? C_DASH : code;
}

/** A position in one cell's text, surrounding spaces excluded. */
export class Cursor {
  private text = '';
  private end = 0;
  pos = 0;
  /** How many digits the last digits() call read. */
  digitCount = 0;

  /** Starts on a new cell; false when it is blank. */
  reset(text: string): boolean {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    this.text = text;
    this.pos = start;
    this.end = end;
    return start < end;
  }

  atEnd(): boolean {
    return this.pos >= this.end;
  }

  /** The next character code, folded to ASCII where it has a full-width form; -1 at the end. */
  peek(): number {
    return this.pos < this.end ? fold(this.text.charCodeAt(this.pos)) : -1;
  }

  take(code: number): boolean {
    if (this.peek() !== code) return false;
    this.pos++;
    return true;
  }

  /** Takes an ASCII letter in either case; `lower` is its lower-case code. */
  takeLetter(lower: number): boolean {
    // OR-ing 0x20 lower-cases ASCII letters; no other code OR 0x20 lands on a lower-case letter.
    if ((this.peek() | 0x20) !== lower) return false;
    this.pos++;
    return true;
  }

  /** Skips spaces; how many there were. */
  spaces(): number {
    const start = this.pos;
    while (this.pos < this.end && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
    return this.pos - start;
  }

  /** A run of `min` to `max` ASCII digits as a number; -1 when it is shorter, or longer (more follow). */
  digits(min: number, max: number): number {
    let value = 0;
    let count = 0;
    for (;;) {
      const code = this.peek();
      if (code < C_0 || code > C_9) break;
      if (count === max) return -1;
      value = value * 10 + (code - C_0);
      count++;
      this.pos++;
    }
    this.digitCount = count;
    return count < min ? -1 : value;
  }
}

/** One cell's fields as read, before calendar checks and before any zone applies. */
export interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  meridiem: number;
  /** Whether the text carried its own offset (then `offsetMs` applies, not the reader's zone). */
  zoned: boolean;
  offsetMs: number;
}

export const cursor = new Cursor();
export const fields: Fields = {
  year: 0,
  month: 0,
  day: 0,
  hour: 0,
  minute: 0,
  second: 0,
  meridiem: MERIDIEM_NONE,
  zoned: false,
  offsetMs: 0,
};

export function clearTime(f: Fields): void {
  f.hour = 0;
  f.minute = 0;
  f.second = 0;
  f.meridiem = MERIDIEM_NONE;
  f.zoned = false;
  f.offsetMs = 0;
}

/** `H:MM[:SS[.fraction]]`; fractions of a second are dropped, as the stored precision is the second. */
export function clockTime(c: Cursor, f: Fields): boolean {
  f.hour = c.digits(1, 2);
  if (f.hour < 0 || !c.take(C_COLON)) return false;
  f.minute = c.digits(2, 2);
  if (f.minute < 0) return false;
  if (!c.take(C_COLON)) return true;
  f.second = c.digits(2, 2);
  if (f.second < 0) return false;
  if (c.take(C_DOT) || c.take(C_COMMA)) return c.digits(1, 9) >= 0;
  return true;
}

/** A Chinese 上午/下午 (a.m./p.m.) written before the time, as zh-CN 12-hour formats do. */
export function chineseMeridiem(c: Cursor, f: Fields): void {
  const code = c.peek();
  if (code !== C_UP && code !== C_DOWN) return;
  const start = c.pos;
  c.pos++;
  if (!c.take(C_NOON)) {
    c.pos = start;
    return;
  }
  f.meridiem = code === C_UP ? MERIDIEM_AM : MERIDIEM_PM;
  c.spaces();
}

/** An `AM`/`PM` (also `a.m.`, any case) after the time. */
export function latinMeridiem(c: Cursor, f: Fields): boolean {
  const start = c.pos;
  c.spaces();
  const pm = c.takeLetter(0x70);
  if (!pm && !c.takeLetter(0x61)) {
    c.pos = start;
    return true;
  }
  c.take(C_DOT);
  if (!c.takeLetter(0x6d)) return false;
  c.take(C_DOT);
  if (f.meridiem !== MERIDIEM_NONE) return false;
  f.meridiem = pm ? MERIDIEM_PM : MERIDIEM_AM;
  return true;
}

/**
 * The optional time after a numeric date: nothing, or a space (or a comma, as en-GB's "30/09/2015,
 * 10:05" has) then `H:MM[:SS]`, with AM/PM after it or 上午/下午 before it. True when that is all the text.
 */
export function timeTail(c: Cursor, f: Fields): boolean {
  clearTime(f);
  if (c.atEnd()) return true;
  const comma = c.take(C_COMMA);
  if (c.spaces() === 0 && !comma) return false;
  chineseMeridiem(c, f);
  return clockTime(c, f) && latinMeridiem(c, f) && c.atEnd();
}

/** `Z`, `UTC`/`GMT` (optionally followed by an offset), `±HH`, `±HHMM`, `±HH:MM`. */
export function zoneSuffix(c: Cursor, f: Fields): boolean {
  if (c.takeLetter(0x7a)) {
    f.zoned = true;
    return true;
  }
  let named = false;
  const start = c.pos;
  if (c.takeLetter(0x75) && c.takeLetter(0x74) && c.takeLetter(0x63)) named = true;
  else {
    c.pos = start;
    named = c.takeLetter(0x67) && c.takeLetter(0x6d) && c.takeLetter(0x74);
  }
  if (named) {
    f.zoned = true;
    if (c.atEnd()) return true;
  }
  const sign = c.peek();
  if (sign !== C_PLUS && sign !== C_DASH) return false;
  c.pos++;
  // ISO wants `HH` or `HHMM` (or `HH:MM`); after UTC/GMT a one-digit hour is usual ("GMT+8").
  const run = c.digits(named ? 1 : 2, 4);
  if (run < 0 || c.digitCount === 3) return false;
  const packed = c.digitCount === 4;
  const hours = packed ? Math.floor(run / 100) : run;
  let minutes = packed ? run % 100 : 0;
  if (!packed && c.take(C_COLON)) {
    minutes = c.digits(2, 2);
    if (minutes < 0) return false;
  }
  if (hours > 14 || minutes > 59) return false;
  f.zoned = true;
  f.offsetMs = (sign === C_DASH ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  return true;
}

/** ISO 8601: `YYYY-MM-DD`, then optionally `T` or a space, `HH:MM[:SS[.fff]]` and a zone. */
export function scanIso(c: Cursor, f: Fields): boolean {
  clearTime(f);
  f.year = c.digits(4, 4);
  if (f.year < 0 || !c.take(C_DASH)) return false;
  f.month = c.digits(1, 2);
  if (f.month < 0 || !c.take(C_DASH)) return false;
  f.day = c.digits(1, 2);
  if (f.day < 0) return false;
  if (c.atEnd()) return true;
  if (!c.takeLetter(0x74) && c.spaces() === 0) return false;
  if (!clockTime(c, f)) return false;
  c.spaces();
  if (c.atEnd()) return true;
  return zoneSuffix(c, f) && c.atEnd();
}

/** The `/`, `.` or `-` between date parts; the same one must appear twice. */
export function dateSeparator(c: Cursor): number {
  const code = c.peek();
  if (code !== C_SLASH && code !== C_DOT && code !== C_DASH) return -1;
  c.pos++;
  return code;
}

export function scanYmd(c: Cursor, f: Fields): boolean {
  f.year = c.digits(4, 4);
  if (f.year < 0) return false;
  const sep = dateSeparator(c);
  if (sep < 0) return false;
  f.month = c.digits(1, 2);
  if (f.month < 0 || !c.take(sep)) return false;
  f.day = c.digits(1, 2);
  return f.day >= 0 && timeTail(c, f);
}

/** `A/B/YYYY`: day first when `dayFirst`, else month first. */
export function scanDayMonth(c: Cursor, f: Fields, dayFirst: boolean): boolean {
  const a = c.digits(1, 2);
  if (a < 0) return false;
  const sep = dateSeparator(c);
  if (sep < 0) return false;
  const b = c.digits(1, 2);
  if (b < 0 || !c.take(sep)) return false;
  f.year = c.digits(4, 4);
  if (f.year < 0) return false;
  f.day = dayFirst ? a : b;
  f.month = dayFirst ? b : a;
  return timeTail(c, f);
}

export function scanDmy(c: Cursor, f: Fields): boolean {
  return scanDayMonth(c, f, true);
}

export function scanMdy(c: Cursor, f: Fields): boolean {
  return scanDayMonth(c, f, false);
}

/** `2015年9月30日`, then optionally (with or without a space) `10:05[:30]` or `10时5分[30秒]`. */
export function scanZh(c: Cursor, f: Fields): boolean {
  clearTime(f);
  f.year = c.digits(4, 4);
  c.spaces();
  if (f.year < 0 || !c.take(C_YEAR)) return false;
  c.spaces();
  f.month = c.digits(1, 2);
  c.spaces();
  if (f.month < 0 || !c.take(C_MONTH)) return false;
  c.spaces();
  f.day = c.digits(1, 2);
  if (f.day < 0) return false;
  c.spaces();
  if (!c.take(C_DAY)) c.take(C_DAY_COLLOQUIAL);
  c.spaces();
  if (c.atEnd()) return true;
  chineseMeridiem(c, f);
  const start = c.pos;
  if (clockTime(c, f)) return latinMeridiem(c, f) && c.atEnd();
  c.pos = start;
  f.hour = c.digits(1, 2);
  if (f.hour < 0) return false;
  c.spaces();
  if (!(c.take(C_HOUR) || c.take(C_HOUR_TRAD) || c.take(C_HOUR_POINT) || c.take(C_HOUR_POINT_TRAD))) {
    return false;
  }
  f.minute = 0;
  f.second = 0;
  c.spaces();
  if (c.atEnd()) return true;
  f.minute = c.digits(1, 2);
  c.spaces();
  if (f.minute < 0 || !c.take(C_MINUTE)) return false;
  c.spaces();
  if (c.atEnd()) return true;
  f.second = c.digits(1, 2);
  c.spaces();
  return f.second >= 0 && c.take(C_SECOND) && c.atEnd();
}

/**
 * A plain decimal number (`123`, `123.45`, `-12` when `signed`) from the cursor to the end, or NaN.
 * Integer and fraction are summed separately so that the fraction keeps its precision.
 */
export function scanNumber(c: Cursor, signed: boolean): number {
  const negative = signed && c.take(C_DASH);
  const whole = c.digits(1, 15);
  if (whole < 0) return Number.NaN;
  let value = whole;
  if (c.take(C_DOT)) {
    const fraction = c.digits(1, 15);
    if (fraction < 0) return Number.NaN;
    value += fraction / 10 ** c.digitCount;
  }
  if (!c.atEnd()) return Number.NaN;
  return negative ? -value : value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** The fields as a wall-clock instant (ms, the wall clock read as UTC), or NaN when not a real time. */
export function wallMs(f: Fields): number {
  let hour = f.hour;
  if (f.meridiem !== MERIDIEM_NONE) {
    if (hour < 1 || hour > 12) return Number.NaN;
    hour = (hour % 12) + (f.meridiem === MERIDIEM_PM ? 12 : 0);
  }
  if (f.year < MIN_YEAR || f.year > MAX_YEAR || f.month < 1 || f.month > 12) return Number.NaN;
  if (f.day < 1 || f.day > daysInMonth(f.year, f.month)) return Number.NaN;
  if (hour > 23 || f.minute > 59 || f.second > 59) return Number.NaN;
  return (
    daysFromCivil(f.year, f.month, f.day) * DAY_MS + ((hour * 60 + f.minute) * 60 + f.second) * SECOND_MS
  );
}

export const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) =>
  String(n).padStart(2, '0'),
);

export function two(n: number): string {
  return TWO_DIGITS[n] ?? '';
}

/** `YYYY-MM-DDT` of a day number (days since 1970-01-01), by civil_from_days (Howard Hinnant). */
export function datePrefix(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year)}-${two(month)}-${two(day)}T`;
}

// Exports are mostly sorted by time, so consecutive cells usually share a day: its prefix is kept.
let lastPrefixDay = Number.NaN;
let lastPrefix = '';

/** An instant (ms) as `YYYY-MM-DDTHH:MM:SSZ`, truncated to the second; null past year 9999 (or NaN). */
export function formatInstant(ms: number): string | null {
  // Every reader's window starts in 1899 at the earliest, so only the upper bound can be crossed.
  if (!(ms < OUTPUT_MAX_MS)) return null;
  const seconds = Math.floor(ms / SECOND_MS);
  const days = Math.floor(seconds / 86_400);
  let rest = seconds - days * 86_400;
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  const second = rest - minute * 60;
  if (days !== lastPrefixDay) {
    lastPrefix = datePrefix(days);
    lastPrefixDay = days;
  }
  return `${lastPrefix}${two(hour)}:${two(minute)}:${two(second)}Z`;
}
