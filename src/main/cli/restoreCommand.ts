// `vigil restore FILE`: puts a backup back as the store. The file is checked first (a Vigil store, not
// from a newer Vigil, integrity_check ok); the current store is backed up before it is replaced, and
// the replacing is done by SQLite's backup API into the store, so a WAL file beside it stays coherent.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { backupBeside, backupFolder } from '../store/backup';
import { MIGRATIONS } from '../store/migrations';
import { openStore } from '../store/open';
import type { CliIo } from './io';
import type { RunLanguage } from './language';

export async function restoreCommand(
  options: { storePath: string; file: string | undefined; language: RunLanguage },
  io: CliIo,
): Promise<number> {
  if (options.file === undefined) {
    throw new VigilFault('invalid_input', { key: 'errors:option.restoreFile' });
  }
  const file = resolve(options.file);
  const storePath = resolve(options.storePath);
  if (file === storePath) {
    throw new VigilFault('invalid_input', { key: 'errors:restore.isStore' }, { file });
  }
  const candidate = openCandidate(file);
  try {
    const saved = existsSync(storePath) ? saveCurrent(storePath) : null;
    await candidate.backup(storePath);
    candidate.close();
    // Opened as the workstation opens it: an older backup is brought up to this schema here.
    const db = openStore(storePath, { backups: false });
    const incidents = db.prepare('SELECT count(*) FROM incidents').pluck().get() as number;
    options.language.adoptStore(db);
    db.close();
    const t = options.language.t;
    io.stdout(`${t('cli:restore.done', { file, store: storePath, incidents })}\n`);
    if (saved !== null) io.stdout(`${t('cli:restore.saved', { file: saved })}\n`);
    return 0;
  } finally {
    if (candidate.open) candidate.close();
  }
}

/** The backup, opened read-only, after checking it is a sound Vigil store this version can use. */
function openCandidate(file: string): Database.Database {
  if (!existsSync(file)) {
    throw new VigilFault('not_found', { key: 'errors:restore.noFile', params: { file } }, { file });
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new VigilFault(
      'store_unreadable',
      { key: 'errors:backup.cannotOpen', params: { file, reason: (err as Error).message } },
      { file },
    );
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('incidents', 'imports')")
      .pluck()
      .all();
    if (version < 1 || tables.length !== 2) {
      throw new VigilFault('invalid_input', { key: 'errors:restore.notAStore', params: { file } }, { file });
    }
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    if (version > known) {
      throw new VigilFault(
        'store_newer',
        { key: 'errors:restore.newer', params: { file, version: String(version), known: String(known) } },
        { file },
      );
    }
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') {
      throw new VigilFault(
        'store_unreadable',
        { key: 'errors:restore.integrity', params: { file, detail: integrity } },
        { file },
      );
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof VigilFault) throw err;
    throw new VigilFault(
      'store_unreadable',
      { key: 'errors:restore.unreadable', params: { file, reason: (err as Error).message } },
      { file },
    );
  }
}

/**
 * Backs up the store about to be replaced. One SQLite cannot read (the reason for most restores) is
 * kept as it lies, bytes and journal, under a name no restore hint ever offers, then moved out of the way.
 */
function saveCurrent(storePath: string): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(storePath, { fileMustExist: true });
    return backupBeside(db, storePath, 'before-restore');
  } catch {
    const stamp = new Date().toISOString().replaceAll(':', '-');
    const aside = join(backupFolder(storePath), `damaged-${stamp}.db`);
    mkdirSync(backupFolder(storePath), { recursive: true });
    copyFileSync(storePath, aside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(storePath + suffix)) copyFileSync(storePath + suffix, aside + suffix);
    }
    db?.close();
    db = undefined;
    for (const suffix of ['', '-wal', '-shm']) rmSync(storePath + suffix, { force: true });
    return aside;
  } finally {
    db?.close();
  }
}
