import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migration';

export type Store = Database.Database;

export interface OpenOptions {
  /** Migrations to apply; the app's own unless a test gives others. */
  migrations?: readonly Migration[];
  /** better-sqlite3's addon built for this runtime, when it is not the one in node_modules (Electron). */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the store at `file` with the pragmas of DESIGN.md §3 and brings its schema
 * up to date. Refuses a file that is not a Vigil store or was written by a newer Vigil, without writing.
 */
export function openStore(file: string, options: OpenOptions = {}): Store {
  mkdirSync(dirname(file), { recursive: true });
  let db: Store;
  try {
    db = new Database(
      file,
      options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
    );
  } catch (err) {
    throw new VigilFault('store_unreadable', `Cannot open the store: ${(err as Error).message}`, { file });
  }
  try {
    // A damaged or foreign file fails on its first read; check before any pragma that would write.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('busy_timeout = 5000');
    const migrations = options.migrations ?? MIGRATIONS;
    // Refuse a newer store before journal_mode=WAL, which would rewrite its header.
    const current = db.pragma('user_version', { simple: true }) as number;
    const known = migrations.at(-1)?.version ?? 0;
    if (current > known) migrate(db, migrations, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, file);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof VigilFault) throw err;
    throw new VigilFault(
      'store_unreadable',
      `This file is not a readable Vigil store: ${(err as Error).message}`,
      {
        file,
      },
    );
  }
}
