// SQLite's own failures (a locked, full, read-only or damaged store) as faults a person can act on,
// instead of "Unexpected error: database is locked".
import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { storeAccess } from './access';
import { damagedStore } from './backup';

/** The fault to report for `thrown` raised by an operation on `db`; anything else is returned as is. */
export function storeFault(db: Database, thrown: unknown): unknown {
  if (thrown instanceof VigilFault || !(thrown instanceof Error)) return thrown;
  const code = (thrown as Error & { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return thrown;
  const file = db.name;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new VigilFault(
      'busy',
      `Another Vigil process is writing to the store ${file}; this change waited for it, then gave up and ` +
        'stored nothing. Try again once the other import or edit has finished.',
      { file },
    );
  }
  if (code.startsWith('SQLITE_FULL')) {
    return new VigilFault(
      'disk_full',
      `The disk holding the store ${file} is full: nothing of this change was stored, and the store is as it ` +
        'was. Free some space and try again.',
      { file },
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    const reason = storeAccess(db).readOnlyReason ?? 'The store cannot be written.';
    return new VigilFault('forbidden', `${reason} Importing and editing are off; reading still works.`, {
      file,
    });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return damagedStore(file, thrown.message);
  }
  return thrown;
}
