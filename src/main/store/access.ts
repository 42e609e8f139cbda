// Whether an open store may be written, and why not: a store on a read-only medium, a file the user
// made unwritable, or one opened read-only on purpose is still worth reading.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';

export interface StoreAccess {
  readOnly: boolean;
  /** A sentence for the person at the window; null when the store is writable. */
  readOnlyReason: string | null;
}

const WRITABLE: StoreAccess = { readOnly: false, readOnlyReason: null };
const accessOf = new WeakMap<Database, StoreAccess>();

/** Why `file` cannot be written, or null: asked before opening, so SQLite opens it read-only on purpose. */
export function unwritableReason(file: string, requested: boolean): string | null {
  if (requested) return `The store ${file} was opened read-only.`;
  if (!existsSync(file)) return null;
  try {
    accessSync(file, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EACCES';
    return `The store file ${file} cannot be written (${code}: read-only or immutable file).`;
  }
  try {
    // SQLite writes its journal beside the store: a locked folder makes the store read-only too.
    accessSync(dirname(file), constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EACCES';
    return `The folder of the store ${file} cannot be written (${code}).`;
  }
  return null;
}

export function recordAccess(db: Database, reason: string | null): void {
  accessOf.set(db, reason === null ? WRITABLE : { readOnly: true, readOnlyReason: reason });
}

export function storeAccess(db: Database): StoreAccess {
  return (
    accessOf.get(db) ?? (db.readonly ? { readOnly: true, readOnlyReason: 'opened read-only' } : WRITABLE)
  );
}
