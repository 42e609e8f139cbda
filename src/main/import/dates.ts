// Date values of an export, in the formats exports use, normalized to UTC `YYYY-MM-DDTHH:MM:SSZ`.
//
// Readers run once per cell on files of a million rows, so they are hand-written scanners over char
// codes rather than regular expressions: one shared cursor and one shared field record are reused (the
// readers are synchronous, and each worker thread has its own module), calendar arithmetic is done on
// day numbers without Date objects, and the result string is the only allocation of a successful read.
// Full-width digits and punctuation (２０１５／９／３０, common in Chinese spreadsheets) are folded to
// ASCII as they are scanned, so no normalize() call is paid per cell.

import {
  cursor,
  DAY_MS,
  EXCEL_EPOCH_DAY,
  EXCEL_FICTITIOUS_LEAP_DAY,
  EXCEL_MAX_SERIAL,
  fields,
  formatInstant,
  scanDmy,
  scanIso,
  scanMdy,
  scanNumber,
  scanYmd,
  scanZh,
  SECOND_MS,
  UNIX_MAX_MS,
  UNIX_MIN_MS,
  wallMs,
  type Cursor,
  type Fields,
} from './dateScan';
import { isValidTimeZone, wallClockToUtc } from './timeZone';

export { isValidTimeZone };

// The list lives with the mapping it is part of; re-exported for the readers' users.
import { DATE_FORMATS, type DateFormat } from '../../shared/mapping';

export { DATE_FORMATS, type DateFormat };

/** How each format is named to a user, in the mapping step and in detection reasons. */
export const DATE_FORMAT_LABELS: Readonly<Record<DateFormat, string>> = {
  iso: 'ISO 8601',
  ymd: 'YYYY/M/D',
  dmy: 'D/M/YYYY',
  mdy: 'M/D/YYYY',
  zh: 'YYYY年M月D日',
  excel: 'Spreadsheet serial days',
  unix_s: 'Unix time in seconds',
  unix_ms: 'Unix time in milliseconds',
};

type Reader = (text: string) => string | null;
type Scan = (c: Cursor, f: Fields) => boolean;

function textReader(scan: Scan, toUtc: (wall: number) => number): Reader {
  return (text) => {
    if (!cursor.reset(text) || !scan(cursor, fields)) return null;
    const wall = wallMs(fields);
    if (Number.isNaN(wall)) return null;
    return formatInstant(fields.zoned ? wall - fields.offsetMs : toUtc(wall));
  };
}

/** Spreadsheet serial days are wall-clock times (a sheet has no zone), so the reader's zone applies. */
function excelReader(toUtc: (wall: number) => number): Reader {
  return (text) => {
    if (!cursor.reset(text)) return null;
    const serial = scanNumber(cursor, false);
    const day = Math.floor(serial);
    if (!(day >= 1 && day <= EXCEL_MAX_SERIAL) || day === EXCEL_FICTITIOUS_LEAP_DAY) return null;
    // Serials 1–59 are right (1 = 1900-01-01); from 61 on, each counts the fictitious leap day.
    const dayNumber = EXCEL_EPOCH_DAY + (day > EXCEL_FICTITIOUS_LEAP_DAY ? day : day + 1);
    // Round the time of day to the second: 10:05 is 0.42013888…, which a sheet stores inexactly.
    const wall = dayNumber * DAY_MS + Math.round((serial - day) * 86_400) * SECOND_MS;
    return formatInstant(toUtc(wall));
  };
}

/** Unix time names an instant, so no zone applies. `perSecond` is 1 for seconds, 1000 for milliseconds. */
function unixReader(perSecond: number): Reader {
  return (text) => {
    if (!cursor.reset(text)) return null;
    // Whole seconds first, so that no multiplication blurs a decimal fraction across a second boundary.
    const ms = Math.floor(scanNumber(cursor, true) / perSecond) * SECOND_MS;
    if (!(ms >= UNIX_MIN_MS && ms < UNIX_MAX_MS)) return null;
    return formatInstant(ms);
  };
}

/**
 * Reads one cell in a known format; zone-less values are read in `timeZone` (IANA name such as
 * 'Asia/Shanghai', or 'UTC'). Returns UTC `YYYY-MM-DDTHH:MM:SSZ` or null. A value with its own offset
 * (ISO 8601 with `Z` or `+08:00`) and Unix times ignore `timeZone`. Throws a RangeError for an unknown
 * zone, once, here: make the reader once per column, not once per cell.
 */
export function makeDateReader(format: DateFormat, timeZone: string): (text: string) => string | null {
  const toUtc = wallClockToUtc(timeZone);
  switch (format) {
    case 'iso':
      return textReader(scanIso, toUtc);
    case 'ymd':
      return textReader(scanYmd, toUtc);
    case 'dmy':
      return textReader(scanDmy, toUtc);
    case 'mdy':
      return textReader(scanMdy, toUtc);
    case 'zh':
      return textReader(scanZh, toUtc);
    case 'excel':
      return excelReader(toUtc);
    case 'unix_s':
      return unixReader(1);
    case 'unix_ms':
      return unixReader(1000);
  }
}

export const UTC_READERS: Readonly<Record<DateFormat, Reader>> = {
  iso: makeDateReader('iso', 'UTC'),
  ymd: makeDateReader('ymd', 'UTC'),
  dmy: makeDateReader('dmy', 'UTC'),
  mdy: makeDateReader('mdy', 'UTC'),
  zh: makeDateReader('zh', 'UTC'),
  excel: makeDateReader('excel', 'UTC'),
  unix_s: makeDateReader('unix_s', 'UTC'),
  unix_ms: makeDateReader('unix_ms', 'UTC'),
};

/**
 * The value as `YYYY-MM-DDTHH:MM:SSZ`, or null when it is not a date this reader knows: ISO 8601 (a
 * zone-less value is read as UTC, the workstation default) or `YYYY/M/D [H:MM[:SS]]`.
 */
export function parseTimestamp(value: string): string | null {
  return UTC_READERS.iso(value) ?? UTC_READERS.ymd(value);
}

// Detection. Every integer is also a Unix time and most are serial days, so numeric formats are chosen
// by shape, not by whether they read: 9–10 digits is seconds since 1970 (1973–2286), 12–13 digits is
// milliseconds (1973–2286), and serial days only when every value is a number from 20000 to 80000
// (1954-10-03 to 2119-01-10) — anything else numeric (row numbers, counts, 20150930) is no date.
