// `vigil backup --out FILE`: a consistent copy of the store, written by SQLite (never a file copy of a
// live WAL database), that `vigil restore` takes back.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { writeBackup } from '../store/backup';
import { storeFault } from '../store/storeFaults';
import type { CliIo } from './io';

export function backupCommand(options: { storePath: string; out: string | undefined }, io: CliIo): number {
  if (options.out === undefined || options.out === '') {
    throw new VigilFault('invalid_input', 'name the backup file with --out FILE');
  }
  const out = resolve(options.out);
  if (existsSync(out)) {
    throw new VigilFault(
      'invalid_input',
      `${out} already exists; Vigil does not overwrite a file with a backup`,
      {
        file: out,
      },
    );
  }
  const db = openExisting(options.storePath);
  try {
    writeBackup(db, out);
  } catch (err) {
    throw storeFault(db, err);
  } finally {
    db.close();
  }
  io.stdout(`Backed up ${options.storePath} to ${out}\n`);
  return 0;
}

/** The store as it is, for reading only: no migration, no pragma that writes, no store created. */
export function openExisting(storePath: string): Database.Database {
  if (!existsSync(storePath)) {
    throw new VigilFault('not_found', `there is no store at ${storePath}`, { file: storePath });
  }
  try {
    return new Database(storePath, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new VigilFault('store_unreadable', `cannot open ${storePath}: ${(err as Error).message}`, {
      file: storePath,
    });
  }
}
