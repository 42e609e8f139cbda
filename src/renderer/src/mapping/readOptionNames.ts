// How a file can be read, as the wizard offers it. The lists live in shared/mapping.ts, which builds
// zod schemas at load and must not be pulled into the page; these lists are typed by its types (the
// test keeps them complete), the option order is the order written here, and the names a reader sees
// come from the catalog in the window's language.
import type { DateFormat, Delimiter, Encoding, FileFormat } from '../../../shared/mapping';
import { i18n } from '../i18n/instance';

export const FORMAT_LIST: readonly FileFormat[] = ['csv', 'json', 'ndjson'];

export function isFormat(value: string): value is FileFormat {
  return (FORMAT_LIST as readonly string[]).includes(value);
}

export function formatName(format: FileFormat): string {
  return i18n.t(`import:formats.${format}`);
}

/** Encodings go by their standard names in every language. */
export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
  latin1: 'Latin-1',
};

/** Each delimiter by the word for it, since the characters themselves are not catalog keys. */
const DELIMITER_WORDS = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
} as const satisfies Readonly<Record<Delimiter, string>>;

export type DelimiterWord = (typeof DELIMITER_WORDS)[Delimiter];

export function delimiterWord(delimiter: Delimiter): DelimiterWord {
  return DELIMITER_WORDS[delimiter];
}

/** "Comma ( , )", "逗号（ , ）". */
export function delimiterName(delimiter: Delimiter): string {
  return i18n.t(`import:delimiters.${DELIMITER_WORDS[delimiter]}`);
}

/** The formats with an example of each, so a reader can match them against the file. */
export function dateFormatName(format: DateFormat): string {
  return i18n.t(`import:dateFormat.name.${format}`);
}

/** Short names, as Vigil's detection writes them at the start of its reasons. */
export function dateFormatShort(format: DateFormat): string {
  return i18n.t(`import:dateFormat.short.${format}`);
}

export const ENCODING_LIST = Object.keys(ENCODING_NAMES) as Encoding[];
export const DELIMITER_LIST = Object.keys(DELIMITER_WORDS) as Delimiter[];
export const DATE_FORMAT_LIST: readonly DateFormat[] = [
  'iso',
  'ymd',
  'dmy',
  'mdy',
  'zh',
  'excel',
  'unix_s',
  'unix_ms',
];

export function isEncoding(value: string): value is Encoding {
  return Object.prototype.hasOwnProperty.call(ENCODING_NAMES, value);
}

export function isDelimiter(value: string): value is Delimiter {
  return Object.prototype.hasOwnProperty.call(DELIMITER_WORDS, value);
}

export function isDateFormat(value: string): value is DateFormat {
  return (DATE_FORMAT_LIST as readonly string[]).includes(value);
}
