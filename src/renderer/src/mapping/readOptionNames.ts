// How a file can be read, as the wizard offers it. The lists live in shared/mapping.ts, which builds
// zod schemas at load and must not be pulled into the page; these Records are typed by its types, so
// the compiler keeps them complete, and the option order is the order written here.
import type { DateFormat, Delimiter, Encoding, FileFormat } from '../../../shared/mapping';

export const FORMAT_NAMES: Readonly<Record<FileFormat, string>> = {
  csv: 'Delimited text (CSV, TSV)',
  json: 'JSON array of objects',
  ndjson: 'JSON, one object per line',
};

export const FORMAT_LIST = Object.keys(FORMAT_NAMES) as FileFormat[];

export function isFormat(value: string): value is FileFormat {
  return Object.prototype.hasOwnProperty.call(FORMAT_NAMES, value);
}

export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
  latin1: 'Latin-1',
};

export const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = {
  ',': 'Comma ( , )',
  ';': 'Semicolon ( ; )',
  '\t': 'Tab',
  '|': 'Pipe ( | )',
};

/** The formats with an example of each, so a reader can match them against the file. */
export const DATE_FORMAT_NAMES: Readonly<Record<DateFormat, string>> = {
  iso: 'ISO 8601 (2016-01-04T08:15:00Z)',
  ymd: 'YYYY/M/D (2016/1/4 08:15)',
  dmy: 'D/M/YYYY (4/1/2016 08:15)',
  mdy: 'M/D/YYYY (1/4/2016 08:15)',
  zh: 'YYYY年M月D日 (2016年1月4日)',
  excel: 'Spreadsheet serial days (42373.34)',
  unix_s: 'Unix time in seconds',
  unix_ms: 'Unix time in milliseconds',
};

/** Short names, as Vigil's detection writes them at the start of its reasons. */
export const DATE_FORMAT_SHORT: Readonly<Record<DateFormat, string>> = {
  iso: 'ISO 8601',
  ymd: 'YYYY/M/D',
  dmy: 'D/M/YYYY',
  mdy: 'M/D/YYYY',
  zh: 'YYYY年M月D日',
  excel: 'Spreadsheet serial days',
  unix_s: 'Unix time in seconds',
  unix_ms: 'Unix time in milliseconds',
};

export const ENCODING_LIST = Object.keys(ENCODING_NAMES) as Encoding[];
export const DELIMITER_LIST = Object.keys(DELIMITER_NAMES) as Delimiter[];
export const DATE_FORMAT_LIST = Object.keys(DATE_FORMAT_NAMES) as DateFormat[];

export function isEncoding(value: string): value is Encoding {
  return Object.prototype.hasOwnProperty.call(ENCODING_NAMES, value);
}

export function isDelimiter(value: string): value is Delimiter {
  return Object.prototype.hasOwnProperty.call(DELIMITER_NAMES, value);
}

export function isDateFormat(value: string): value is DateFormat {
  return Object.prototype.hasOwnProperty.call(DATE_FORMAT_NAMES, value);
}
