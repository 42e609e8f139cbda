// Backups of the store: consistent snapshots written by SQLite itself (VACUUM INTO reads the database
// through a read transaction, so the WAL is included and a live writer is never copied half-way),
// kept in a `backups/` folder beside the store, the newest few only.
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';

export const BACKUP_FOLDER = 'backups';
export const DEFAULT_BACKUPS_KEPT = 7;
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export interface BackupPolicy {
  /** How many backups the folder keeps; older ones are deleted after a new one is written. */
  keep?: number;
  now?: () => Date;
}

const BACKUP_NAME = /^vigil-(\d{4}-\d{2}-\d{2})T\d{2}-\d{2}-\d{2}-\d{3}Z-[a-z0-9-]+\.db$/;

export function backupFolder(storePath: string): string {
  return join(dirname(resolve(storePath)), BACKUP_FOLDER);
}

/** The backups beside a store, oldest first (their names start with the UTC time they were made). */
export function listBackups(storePath: string): string[] {
  const folder = backupFolder(storePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .map((name) => join(folder, name));
}

export function latestBackup(storePath: string): string | null {
  return listBackups(storePath).at(-1) ?? null;
}

/** What restoreHint tells: the latest backup and how to restore it, or that there is none. */
export type RestoreHint =
  { hint: 'latest'; latest: string; store: string } | { hint: 'none'; folder: string };

/**
 * Tells how to get the data back, for a message about a store Vigil cannot use: the values of a
 * message whose text nests errors:hint.<hint> (see errors:store.damaged).
 */
export function restoreHint(storePath: string): RestoreHint {
  const latest = latestBackup(storePath);
  if (latest === null) return { hint: 'none', folder: backupFolder(storePath) };
  return { hint: 'latest', latest, store: storePath };
}

/**
 * Writes a consistent copy of `db` to `out` (which must not exist yet): to a temporary name first,
 * synced, then renamed, so a crash never leaves a half-written file under the final name.
 */
export function writeBackup(db: Database, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    renameSync(partial, out);
    syncFile(dirname(out));
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Tables a migration fills by itself (the built-in alert rules, the default settings): rows there are not the analyst's data. */
const SEEDED_TABLES = ['alert_rules', 'settings'];

/** Whether any table of the store holds a row of the analyst's (the full-text index's own tables aside). */
export function storeHasData(db: Database): boolean {
  const tables = (
    db
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .pluck()
      .all() as string[]
  ).filter((name) => !SEEDED_TABLES.includes(name));
  // Table names come from the schema itself, quoted; no value from outside reaches this SQL.
  return tables.some(
    (name) =>
      db
        .prepare(`SELECT EXISTS (SELECT 1 FROM "${name.replaceAll('"', '""')}")`)
        .pluck()
        .get() === 1,
  );
}

/** Makes a backup named for its time and reason in the store's backups folder; keeps the newest few. */
export function backupBeside(
  db: Database,
  storePath: string,
  reason: string,
  policy: BackupPolicy = {},
): string {
  const now = (policy.now ?? (() => new Date()))();
  const stamp = now.toISOString().replaceAll(':', '-').replace('.', '-');
  const out = join(backupFolder(storePath), `vigil-${stamp}-${reason}.db`);
  writeBackup(db, out);
  pruneBackups(storePath, policy.keep ?? keptFromEnv() ?? keptFromSettings(db) ?? DEFAULT_BACKUPS_KEPT);
  return out;
}

/** An operator's override for every store of the machine (VIGIL_BACKUPS_KEPT), if set. */
function keptFromEnv(): number | null {
  const value = Number(process.env.VIGIL_BACKUPS_KEPT);
  return Number.isInteger(value) && value >= 1 ? value : null;
}

/** The retention chosen in Settings (settings.backups_kept); none in a store older than schema 6. */
function keptFromSettings(db: Database): number | null {
  try {
    const value = Number(db.prepare("SELECT value FROM settings WHERE key = 'backups_kept'").pluck().get());
    return Number.isInteger(value) && value >= 1 ? value : null;
  } catch {
    return null;
  }
}

export function pruneBackups(storePath: string, keep: number): void {
  const all = listBackups(storePath);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) rmSync(old, { force: true });
  // What a killed process left half-written; an hour old, so surely not another process's work.
  const folder = backupFolder(storePath);
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name.endsWith('.db.partial') && Date.now() - statSync(path).mtimeMs > STALE_PARTIAL_MS) {
      rmSync(path, { force: true });
    }
  }
}

/**
 * The first write of a day to a store that holds data: check every page, then back it up. A damaged
 * store is refused here (its older, good backups stay); a day with a backup already is left alone.
 */
export function dailyBackup(db: Database, storePath: string, policy: BackupPolicy = {}): string | null {
  const today = (policy.now ?? (() => new Date()))().toISOString().slice(0, 10);
  const made = listBackups(storePath).some((path) => BACKUP_NAME.exec(basename(path))?.[1] === today);
  if (made || !storeHasData(db)) return null;
  const problems = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  if (problems.length !== 1 || problems[0]?.quick_check !== 'ok') {
    throw damagedStore(storePath, problems.map((p) => p.quick_check).join('; '));
  }
  try {
    return backupBeside(db, storePath, 'daily', policy);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
      throw damagedStore(storePath, (err as Error).message);
    }
    // A full disk or a locked backups folder must not lock the analyst out of a sound store.
    return null;
  }
}

/** The one message for a store whose pages SQLite cannot read: what, that it is untouched, what to do. */
export function damagedStore(storePath: string, detail: string): VigilFault {
  return new VigilFault(
    'store_unreadable',
    {
      key: 'errors:store.damaged',
      params: { file: storePath, detail: detail.slice(0, 300), ...restoreHint(storePath) },
    },
    { file: storePath },
  );
}
