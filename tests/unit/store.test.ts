import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { VigilFault } from '../../src/shared/errors';
import { openStore } from '../../src/main/store/open';
import { MIGRATIONS } from '../../src/main/store/migrations';
import type { Migration } from '../../src/main/store/migration';
import { defaultDataDir } from '../../src/main/store/location';
import { tempDir } from './helpers/temp';

describe('openStore', () => {
  it('creates a store with the pragmas of the design and the newest schema', () => {
    const file = join(tempDir(), 'nested', 'vigil.db');
    const db = openStore(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'incidents',
        'imports',
        'import_rejects',
        'agg_day_category',
        'agg_day_dim',
        'incidents_fts',
      ]),
    );
    db.close();
  });

  it('opens an existing store again without re-running migrations', () => {
    const file = join(tempDir(), 'vigil.db');
    openStore(file).close();
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
  });

  it('refuses a store from a newer Vigil and leaves its bytes untouched', () => {
    const file = join(tempDir(), 'newer.db');
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = readFileSync(file);
    let caught: unknown;
    try {
      openStore(file).close();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(VigilFault);
    expect((caught as VigilFault).code).toBe('store_newer');
    expect((caught as VigilFault).message).toMatch(/newer version of Vigil/);
    expect((caught as VigilFault).file).toBe(file);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database, naming it, and does not overwrite it', () => {
    const file = join(tempDir(), 'notes.db');
    writeFileSync(file, 'these are my notes, not a database '.repeat(200));
    const before = readFileSync(file);
    expect(() => openStore(file)).toThrow(
      expect.objectContaining({ code: 'store_unreadable', file }) as Error,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('applies pending migrations in one transaction: a failing step leaves the old version', () => {
    const file = join(tempDir(), 'vigil.db');
    openStore(file).close();
    const latest = MIGRATIONS.at(-1)!.version;
    const broken: Migration = {
      version: latest + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('step failed');
      },
    };
    expect(() => openStore(file, { migrations: [...MIGRATIONS, broken] })).toThrow(/step failed/);
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });
});

describe('defaultDataDir', () => {
  it('is the per-user folder Electron names userData, unless VIGIL_DATA_DIR says otherwise', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe('/home/a/.config/Vigil');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming.Vigil$/);
    expect(defaultDataDir({ VIGIL_DATA_DIR: '/data/vigil' }, 'linux')).toBe('/data/vigil');
  });
});
