import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder, listBackups, writeBackup } from '../../src/main/store/backup';
import { MIGRATIONS } from '../../src/main/store/migrations';
import { openStore } from '../../src/main/store/open';
import { damagePage, rootPage } from './helpers/damage';
import { storeDigest } from './helpers/storeDigest';
import { fixture, tempDir } from './helpers/temp';
import { runVigil } from './helpers/cliRun';

const run = (args: string[]) => runVigil(args);

/** A store holding the basic fixture's incidents (one import). */
async function storeWithData(): Promise<string> {
  const store = join(tempDir(), 'vigil.db');
  const out = await run(['import', fixture('incidents-basic.csv'), '--db', store]);
  expect(out.code).toBe(0);
  return store;
}

const day = (iso: string) => ({ now: () => new Date(iso) });

describe('automatic backups', () => {
  it('are made once a day on the first open of a store with data, the newest 7 kept', async () => {
    const store = await storeWithData();
    const before = listBackups(store).length;
    openStore(store, { backups: day('2031-03-01T08:00:00Z') }).close();
    openStore(store, { backups: day('2031-03-01T17:00:00Z') }).close();
    expect(listBackups(store).length).toBe(before + 1);
    for (let d = 2; d <= 12; d++) {
      openStore(store, { backups: day(`2031-03-${String(d).padStart(2, '0')}T08:00:00Z`) }).close();
    }
    const names = listBackups(store).map((path) => basename(path));
    expect(names.length).toBe(7);
    expect(names.at(-1)).toMatch(/^vigil-2031-03-12T08-00-00-000Z-daily\.db$/);
    expect(names[0]).toMatch(/^vigil-2031-03-06/);
    const latest = new Database(listBackups(store).at(-1), { readonly: true });
    expect(latest.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(latest.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(6);
    latest.close();
  });

  it('are not made for an empty store', () => {
    const store = join(tempDir(), 'vigil.db');
    openStore(store).close();
    openStore(store, { backups: day('2031-03-02T08:00:00Z') }).close();
    expect(existsSync(backupFolder(store))).toBe(false);
  });

  it('are made before a migration, holding the store as it was', () => {
    const store = join(tempDir(), 'vigil.db');
    const older = MIGRATIONS.slice(0, -1);
    const db = openStore(store, { migrations: older, backups: false });
    db.prepare(
      "INSERT INTO saved_mappings (name, header_key, headers, mapping, created_at, updated_at) VALUES ('m', 'k', '[]', '{}', 'now', 'now')",
    ).run();
    db.close();
    const before = storeDigest(store);
    openStore(store, { backups: day('2031-04-01T08:00:00Z') }).close();
    const target = MIGRATIONS.at(-1)!.version;
    const backup = listBackups(store).find((path) => path.endsWith(`-before-schema-${String(target)}.db`));
    expect(backup).toBeDefined();
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(target - 1);
    copy.close();
    expect(storeDigest(backup!)).toEqual(before);
  });

  it('include what is still only in the WAL (made by SQLite, not by copying the file)', () => {
    const store = join(tempDir(), 'vigil.db');
    const db = openStore(store, { backups: false });
    db.pragma('wal_autocheckpoint = 0');
    db.prepare(
      "INSERT INTO label_mappings (label_key, label, category, created_at) VALUES ('x', 'x', 'malware', 'now')",
    ).run();
    expect(existsSync(`${store}-wal`)).toBe(true);
    const out = join(tempDir(), 'copy.db');
    writeBackup(db, out);
    db.close();
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM label_mappings').pluck().get()).toBe(1);
    copy.close();
  });
});

describe('vigil backup and vigil restore', () => {
  it('take a store back to the backup, saving the replaced store first', async () => {
    const store = await storeWithData();
    const file = join(tempDir(), 'manual.db');
    const backedUp = await run(['backup', '--db', store, '--out', file]);
    expect(backedUp.code).toBe(0);
    const atBackup = storeDigest(store);
    expect(storeDigest(file)).toEqual(atBackup);
    expect((await run(['backup', '--db', store, '--out', file])).code).toBe(2);

    await run(['import', fixture('crlf-multiline.csv'), '--db', store]);
    const later = storeDigest(store);
    expect(later).not.toEqual(atBackup);
    const restored = await run(['restore', file, '--db', store]);
    expect(restored.code).toBe(0);
    expect(storeDigest(store)).toEqual(atBackup);
    const saved = listBackups(store).find((path) => path.endsWith('-before-restore.db'));
    expect(saved).toBeDefined();
    expect(storeDigest(saved!)).toEqual(later);
    expect((await run(['check', '--db', store])).code).toBe(0);
  });

  it('refuse a file that is not a Vigil store, one from a newer Vigil and a damaged one, changing nothing', async () => {
    const store = await storeWithData();
    const before = storeDigest(store);
    const dir = tempDir();

    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)');
    other.close();
    const newer = join(dir, 'newer.db');
    await run(['backup', '--db', store, '--out', newer]);
    const raise = new Database(newer);
    raise.pragma('user_version = 999');
    raise.close();
    const damaged = join(dir, 'damaged.db');
    await run(['backup', '--db', store, '--out', damaged]);
    damagePage(damaged, rootPage(damaged, 'incidents'));
    const text = join(dir, 'text.db');
    writeFileSync(text, 'not a database at all '.repeat(100));

    const answers = {
      foreign: await run(['restore', foreign, '--db', store]),
      newer: await run(['restore', newer, '--db', store]),
      text: await run(['restore', text, '--db', store]),
      damaged: await run(['restore', damaged, '--db', store]),
    };
    expect(answers.foreign.stderr).toMatch(/is not a Vigil store/);
    expect(answers.newer.stderr).toMatch(/newer version of Vigil/);
    expect(answers.text.stderr).toMatch(/text\.db/);
    expect(answers.damaged.stderr).toMatch(/damaged\.db.*(integrity|malformed)/);
    for (const answer of Object.values(answers)) expect(answer.code).toBe(2);
    expect(storeDigest(store)).toEqual(before);
    expect(listBackups(store).some((path) => path.includes('before-restore'))).toBe(false);
  });
});
