import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { recordAccess, unwritableCause } from './access';
import { dailyBackup, damagedStore, restoreHint, type BackupPolicy } from './backup';
import { registerFtsText } from './ftsText';
import { registerLocalDay } from './localDay';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migration';

export type Store = Database.Database;

/** Page cache of a connection, in KiB: see where it is set in openStore. */
export const READ_CACHE_KIB = 65_536;

export interface OpenOptions {
  /** Migrations to apply; the app's own unless a test gives others. */
  migrations?: readonly Migration[];
  /** better-sqlite3's addon built for this runtime, when it is not the one in node_modules (Electron). */
  nativeBinding?: string;
  /** Open for reading only; a file that cannot be written is opened so without being asked. */
  readonly?: boolean;
  /** Backups beside the store (before migrations, once a day); false for none. */
  backups?: BackupPolicy | false;
}

/**
 * Opens (creating if needed) the store at `file` with the pragmas of DESIGN.md §3 and brings its schema
 * up to date. Refuses a file that is not a Vigil store or was written by a newer Vigil, without writing.
 */
export function openStore(file: string, options: OpenOptions = {}): Store {
  mkdirSync(dirname(file), { recursive: true });
  let db: Store;
  const readOnlyCause = unwritableCause(file, options.readonly === true);
  try {
    db = new Database(file, {
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
      ...(readOnlyCause === null ? {} : { readonly: true, fileMustExist: true }),
    });
  } catch (err) {
    throw new VigilFault(
      'store_unreadable',
      { key: 'errors:store.cannotOpen', params: { file, reason: (err as Error).message } },
      { file },
    );
  }
  recordAccess(db, readOnlyCause);
  // The full-text index and its triggers call it (ftsText.ts): every connection needs it before any write.
  registerFtsText(db);
  // The aggregates' triggers call it for the day in the store's time zone (localDay.ts).
  registerLocalDay(db);
  try {
    // A damaged or foreign file fails on its first read; check before any pragma that would write.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    // 64 MiB of page cache instead of 2: a filtered page of the incident table reads thousands of rows
    // scattered over the file, three times faster when their pages stay cached (measured at 1M rows).
    db.pragma(`cache_size = -${String(READ_CACHE_KIB)}`);
    db.pragma('busy_timeout = 5000');
    const migrations = options.migrations ?? MIGRATIONS;
    // Refuse a newer store before journal_mode=WAL, which would rewrite its header.
    const current = db.pragma('user_version', { simple: true }) as number;
    const known = migrations.at(-1)?.version ?? 0;
    if (current > known) migrate(db, migrations, file);
    if (readOnlyCause !== null) {
      if (current < known) {
        throw new VigilFault(
          'forbidden',
          { key: 'errors:store.olderReadOnly', params: readOnlyCause },
          { file },
        );
      }
      db.pragma('foreign_keys = ON');
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, file, options.backups ?? {});
    if (options.backups !== false) dailyBackup(db, file, options.backups);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof VigilFault) throw err;
    if (String((err as { code?: unknown }).code).startsWith('SQLITE_CORRUPT')) {
      throw damagedStore(file, (err as Error).message);
    }
    throw new VigilFault(
      'store_unreadable',
      {
        key: 'errors:store.notReadable',
        params: { file, reason: (err as Error).message, ...restoreHint(file) },
      },
      { file },
    );
  }
}
