// Whether an open store may be written, and why not: a store on a read-only medium, a file the user
// made unwritable, or one opened read-only on purpose is still worth reading.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { messageText } from '../../shared/i18n/message';

/**
 * Why a store cannot be written, as the values of a message: errors:access.<access> says it, and
 * sentences that begin with the reason (errors:store.readOnly) nest it the same way.
 */
export type ReadOnlyCause =
  | { access: 'requested'; file: string }
  | { access: 'file' | 'folder'; file: string; code: string }
  | { access: 'opened' | 'unknown' };

export interface StoreAccess {
  readOnly: boolean;
  /** A sentence for the person at the window, in English; null when the store is writable. */
  readOnlyReason: string | null;
  /** The same reason for a reader in any language; null when the store is writable. */
  readOnlyCause: ReadOnlyCause | null;
}

const WRITABLE: StoreAccess = { readOnly: false, readOnlyReason: null, readOnlyCause: null };
const accessOf = new WeakMap<Database, StoreAccess>();

function readOnly(cause: ReadOnlyCause): StoreAccess {
  return {
    readOnly: true,
    readOnlyReason: messageText({ key: `errors:access.${cause.access}`, params: cause }, 'en'),
    readOnlyCause: cause,
  };
}

/** Why `file` cannot be written, or null: asked before opening, so SQLite opens it read-only on purpose. */
export function unwritableCause(file: string, requested: boolean): ReadOnlyCause | null {
  if (requested) return { access: 'requested', file };
  if (!existsSync(file)) return null;
  try {
    accessSync(file, constants.W_OK);
  } catch (err) {
    return { access: 'file', file, code: (err as NodeJS.ErrnoException).code ?? 'EACCES' };
  }
  try {
    // SQLite writes its journal beside the store: a locked folder makes the store read-only too.
    accessSync(dirname(file), constants.W_OK);
  } catch (err) {
    return { access: 'folder', file, code: (err as NodeJS.ErrnoException).code ?? 'EACCES' };
  }
  return null;
}

export function recordAccess(db: Database, cause: ReadOnlyCause | null): void {
  accessOf.set(db, cause === null ? WRITABLE : readOnly(cause));
}

export function storeAccess(db: Database): StoreAccess {
  return accessOf.get(db) ?? (db.readonly ? readOnly({ access: 'opened' }) : WRITABLE);
}
