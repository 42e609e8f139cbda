// The workstation's settings kept in the store (settings table, migration 0006), so the desktop app,
// `vigil serve` and the command line agree: the time zone statistics count days in, the language
// (none until chosen: the operating system's then decides), the marking a new report starts with,
// and how many backups are kept.
import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../../shared/errors';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import { canonicalTimeZone } from '../../../shared/period';
import { DEFAULT_MARKING } from '../../../shared/report';
import type { WorkstationSettings } from '../../../shared/settings';
import { DEFAULT_BACKUPS_KEPT } from '../backup';
import { storeTimeZone } from '../localDay';
import { addDailyAggregates } from './bulk';

/** The settings the store holds (the host adds where the store is). */
export type StoredSettings = Omit<WorkstationSettings, 'storePath' | 'backupFolder'>;

export interface SettingsChange {
  language?: Language | null;
  defaultMarking?: string;
  backupsKept?: number;
}

function readValue(db: Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

function writeValue(db: Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else
    db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}

export function readSettings(db: Database): StoredSettings {
  const language = readValue(db, 'language');
  const kept = Number(readValue(db, 'backups_kept'));
  return {
    timeZone: storeTimeZone(db),
    language: isLanguage(language) ? language : null,
    defaultMarking: readValue(db, 'default_marking') ?? DEFAULT_MARKING,
    backupsKept: Number.isInteger(kept) && kept >= 1 ? kept : DEFAULT_BACKUPS_KEPT,
  };
}

/** Writes the settings given (validated by the contract), in one transaction; returns them all. */
export function changeSettings(db: Database, change: SettingsChange): StoredSettings {
  db.transaction(() => {
    if (change.language !== undefined) writeValue(db, 'language', change.language);
    if (change.defaultMarking !== undefined) writeValue(db, 'default_marking', change.defaultMarking);
    if (change.backupsKept !== undefined) writeValue(db, 'backups_kept', String(change.backupsKept));
  })();
  return readSettings(db);
}

/**
 * Counts days in another time zone from now on: the setting changes and both aggregate tables are
 * rebuilt from the incidents, in the caller's transaction, so no reader ever sees days of two zones.
 * Returns whether anything changed.
 */
export function setTimeZone(db: Database, zone: string): boolean {
  const canonical = canonicalTimeZone(zone);
  if (canonical === null) {
    throw new VigilFault('invalid_input', { key: 'errors:store.notATimeZone', params: { zone } });
  }
  if (canonical === storeTimeZone(db)) return false;
  writeValue(db, 'time_zone', canonical);
  db.exec('DELETE FROM agg_day_category; DELETE FROM agg_day_dim;');
  addDailyAggregates(db, 0);
  return true;
}
