import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { backupBeside, storeHasData, type BackupPolicy } from './backup';
import type { Migration } from './migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the newest migration, all pending steps in one transaction, so a failure
 * leaves the database at its old version. A database written by a newer Vigil is refused untouched.
 * A store that holds data is backed up first (unless `backups` is false); no backup, no migration.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  file: string,
  backups: BackupPolicy | false = {},
): number {
  const target = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > target) {
    throw new VigilFault(
      'store_newer',
      { key: 'errors:store.newer', params: { current: String(current), target: String(target) } },
      { file },
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  if (backups !== false && current > 0 && storeHasData(db)) {
    try {
      backupBeside(db, file, `before-schema-${String(target)}`, backups);
    } catch (err) {
      throw new VigilFault(
        'internal',
        { key: 'errors:store.backupBeforeUpgrade', params: { reason: (err as Error).message } },
        { file },
      );
    }
  }
  db.transaction(() => {
    for (const step of pending) {
      step.up(db);
      db.pragma(`user_version = ${String(step.version)}`);
    }
  }).immediate();
  return target;
}
