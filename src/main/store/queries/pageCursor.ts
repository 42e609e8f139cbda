// The keyset cursor of the incident table: the sort key values and id of the last row shown, with the
// sort they belong to, so a cursor from another sort is refused rather than misread.
import type { SortField } from '../../../shared/domain';
import { VigilFault } from '../../../shared/errors';

export type KeyValue = string | number;

export function encodeCursor(sort: SortField, dir: 'asc' | 'desc', values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify([sort, dir, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, sort: SortField, dir: 'asc' | 'desc', size: number): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === size + 2 &&
    parsed[0] === sort &&
    parsed[1] === dir &&
    parsed.slice(2).every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) &&
    Number.isSafeInteger(parsed.at(-1))
  ) {
    return parsed.slice(2) as KeyValue[];
  }
  throw new VigilFault(
    'invalid_input',
    'The page cursor is not one Vigil issued for this order; reload the list.',
  );
}
