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
    return new VigilFault('busy', { key: 'errors:store.busy', params: { file } }, { file });
  }
  if (code.startsWith('SQLITE_FULL')) {
    return new VigilFault('disk_full', { key: 'errors:store.diskFull', params: { file } }, { file });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    const cause = storeAccess(db).readOnlyCause ?? { access: 'unknown' };
    return new VigilFault('forbidden', { key: 'errors:store.readOnly', params: cause }, { file });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return damagedStore(file, thrown.message);
  }
  return thrown;
}
