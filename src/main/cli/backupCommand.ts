// `vigil backup --out FILE`: a consistent copy of the store, written by SQLite (never a file copy of a
// live WAL database), that `vigil restore` takes back.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { writeBackup } from '../store/backup';
import { storeFault } from '../store/storeFaults';
import type { CliIo } from './io';
import type { RunLanguage } from './language';

export function backupCommand(
  options: { storePath: string; out: string | undefined; language: RunLanguage },
  io: CliIo,
): number {
  if (options.out === undefined || options.out === '') {
    throw new VigilFault('invalid_input', { key: 'errors:option.backupOut' });
  }
  const out = resolve(options.out);
  if (existsSync(out)) {
    throw new VigilFault(
      'invalid_input',
      { key: 'errors:backup.exists', params: { file: out } },
      { file: out },
    );
  }
  const db = openExisting(options.storePath);
  try {
    options.language.adoptStore(db);
    writeBackup(db, out);
  } catch (err) {
    throw storeFault(db, err);
  } finally {
    db.close();
  }
  io.stdout(`${options.language.t('cli:backup.done', { store: options.storePath, file: out })}\n`);
  return 0;
}

/** The store as it is, for reading only: no migration, no pragma that writes, no store created. */
export function openExisting(storePath: string): Database.Database {
  if (!existsSync(storePath)) {
    throw new VigilFault(
      'not_found',
      { key: 'errors:backup.noStore', params: { path: storePath } },
      { file: storePath },
    );
  }
  try {
    return new Database(storePath, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new VigilFault(
      'store_unreadable',
      { key: 'errors:backup.cannotOpen', params: { file: storePath, reason: (err as Error).message } },
      { file: storePath },
    );
  }
}
