// The workstation's settings kept in the store (settings table, migration 0006), so the desktop app,
// `vigil serve` and the command line agree. For now the time zone statistics count days in.
import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../../shared/errors';
import { canonicalTimeZone } from '../../../shared/period';
import { storeTimeZone } from '../localDay';
import { addAggregates } from './bulk';

export interface WorkstationSettings {
  timeZone: string;
}

export function readSettings(db: Database): WorkstationSettings {
  return { timeZone: storeTimeZone(db) };
}

/**
 * Counts days in another time zone from now on: the setting changes and both aggregate tables are
 * rebuilt from the incidents, in the caller's transaction, so no reader ever sees days of two zones.
 * Returns whether anything changed.
 */
export function setTimeZone(db: Database, zone: string): boolean {
  const canonical = canonicalTimeZone(zone);
  if (canonical === null) throw new VigilFault('invalid_input', `"${zone}" is not a time zone`);
  if (canonical === storeTimeZone(db)) return false;
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('time_zone', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(canonical);
  db.exec('DELETE FROM agg_day_category; DELETE FROM agg_day_dim;');
  addAggregates(db, 0);
  return true;
}
