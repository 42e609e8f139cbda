// Errors cross every process boundary as plain values: a stable code, a sentence for a person, and,
// where the problem is in a file, where in it.

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
  message: string;
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

  constructor(
    code: ErrorCode,
    message: string,
    where: { file?: string; line?: number; column?: number } = {},
  ) {
    super(message);
    this.name = 'VigilFault';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  toValue(): VigilError {
    const value: VigilError = { code: this.code, message: this.message };
    if (this.file !== undefined) value.file = this.file;
    if (this.line !== undefined) value.line = this.line;
    if (this.column !== undefined) value.column = this.column;
    return value;
  }
}

/** Any thrown thing as a VigilError; unexpected faults keep their message but never a stack trace. */
export function toVigilError(thrown: unknown): VigilError {
  if (thrown instanceof VigilFault) return thrown.toValue();
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}

/** Where an error is, as a reader wants it: "file.csv, line 3, column 2". */
export function describeError(error: VigilError): string {
  const where = [
    error.file,
    error.line !== undefined ? `line ${error.line}` : undefined,
    error.column !== undefined ? `column ${error.column}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return where.length > 0 ? `${where.join(', ')}: ${error.message}` : error.message;
}
