// Results arrive as untyped data (over IPC or HTTP). This checks the envelope, so a broken or foreign
// answer becomes an error value instead of a crash deep inside a view. The payload itself is trusted to
// match the contract: the hosts are derived from the same contract and validate on their side.
import {
  ERROR_CODES,
  errorValue,
  type ErrorCode,
  type Result,
  type VigilError,
} from '../../../shared/errors';
import type { Message } from '../../../shared/i18n/message';

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** An error of this side: a catalog message shown in the window's language, or text as it is. */
export function internalError(message: string | Message): VigilError {
  return typeof message === 'string' ? { code: 'internal', message } : errorValue('internal', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asError(value: unknown): VigilError {
  if (!isRecord(value) || typeof value.message !== 'string') {
    return internalError({ key: 'errors:client.unreadableError' });
  }
  const code =
    typeof value.code === 'string' && CODES.has(value.code) ? (value.code as ErrorCode) : 'internal';
  const error: VigilError = { code, message: value.message };
  if (typeof value.file === 'string') error.file = value.file;
  if (typeof value.line === 'number') error.line = value.line;
  if (typeof value.column === 'number') error.column = value.column;
  const text = value.text;
  // A catalog message is shown in the window's language; its key is only looked up, never run.
  if (isRecord(text) && typeof text.key === 'string') {
    const params = isRecord(text.params) ? (text.params as Record<string, string | number>) : undefined;
    error.text = { key: text.key as Message['key'], ...(params ? { params } : {}) };
  }
  return error;
}

/** An answer as a Result; anything that is not `{ok:true,value}` or `{ok:false,error}` is an internal error. */
export function asResult<T>(value: unknown): Result<T> {
  if (isRecord(value) && value.ok === true && 'value' in value) return { ok: true, value: value.value as T };
  if (isRecord(value) && value.ok === false) return { ok: false, error: asError(value.error) };
  return { ok: false, error: internalError({ key: 'errors:client.notAResult' }) };
}
