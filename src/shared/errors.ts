// Errors cross every process boundary as plain values: a stable code, a sentence for a person, and,
// where the problem is in a file, where in it.

import type { Language } from './i18n/languages';
import { messageText, translator, type Message } from './i18n/message';

export const ERROR_CODES = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'forbidden',
  'empty_file',
  'not_csv',
  'missing_column',
  'no_rows',
  'file_unreadable',
  'store_newer',
  'store_unreadable',
  'cancelled',
  'busy',
  'disk_full',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface VigilError {
  code: ErrorCode;
  /** The sentence in English (logs, and readers that do not know `text`). */
  message: string;
  /** The sentence as a catalog key and its values, for a reader in any language. */
  text?: Message;
  file?: string;
  line?: number;
  column?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: VigilError };

/** Thrown inside the main process; hosts turn it into a VigilError value. */
export class VigilFault extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly text: Message | undefined;

  /** `message` is English text, or (better) a catalog message every reader sees in their language. */
  constructor(
    code: ErrorCode,
    message: string | Message,
    where: { file?: string; line?: number; column?: number } = {},
  ) {
    super(typeof message === 'string' ? message : messageText(message, 'en'));
    this.name = 'VigilFault';
    this.text = typeof message === 'string' ? undefined : message;
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  toValue(): VigilError {
    const value: VigilError = { code: this.code, message: this.message };
    if (this.text !== undefined) value.text = this.text;
    if (this.file !== undefined) value.file = this.file;
    if (this.line !== undefined) value.line = this.line;
    if (this.column !== undefined) value.column = this.column;
    return value;
  }
}

/** An error value made where nothing is thrown (a host answering directly), with its catalog message. */
export function errorValue(
  code: ErrorCode,
  message: Message,
  where: { file?: string; line?: number; column?: number } = {},
): VigilError {
  return new VigilFault(code, message, where).toValue();
}

/** Any thrown thing as a VigilError; unexpected faults keep their message but never a stack trace. */
export function toVigilError(thrown: unknown): VigilError {
  if (thrown instanceof VigilFault) return thrown.toValue();
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return errorValue('internal', { key: 'errors:unexpected', params: { reason } });
}

/**
 * The error as a reader wants it, where it is first: "file.csv, line 3, column 2: …", in the reader's
 * language when the error carries a catalog message.
 */
export function describeError(error: VigilError, language: Language = 'en'): string {
  const t = translator(language);
  const where = [
    error.file,
    error.line !== undefined ? t('error.line', { line: error.line }) : undefined,
    error.column !== undefined ? t('error.column', { column: error.column }) : undefined,
  ].filter((part): part is string => part !== undefined);
  const message = error.text !== undefined ? messageText(error.text, language) : error.message;
  return where.length > 0
    ? t('error.where', { where: where.join(language === 'zh' ? '，' : ', '), message })
    : message;
}
