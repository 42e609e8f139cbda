import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkStore } from '../../src/main/store/check';
import { openStore } from '../../src/main/store/open';
import { damagePage, rootPage } from './helpers/damage';
import { fixture, tempDir } from './helpers/temp';
import { runVigil } from './helpers/cliRun';

const run = (args: string[]) => runVigil(args);

async function storeWithData(): Promise<string> {
  const store = join(tempDir(), 'vigil.db');
  expect((await run(['import', fixture('incidents-basic.csv'), '--db', store])).code).toBe(0);
  expect((await run(['import', fixture('crlf-multiline.csv'), '--db', store])).code).toBe(0);
  return store;
}

/** Writes to the store behind Vigil's back, as a bug or a hand edit would. */
function tamper(store: string, sql: string): void {
  const db = new Database(store);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

describe('vigil check', () => {
  it('finds a sound store sound, comparing every aggregate cell', async () => {
    const store = await storeWithData();
    const out = await run(['check', '--db', store, '--json']);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as { ok: boolean; problems: unknown[]; aggregateCells: number };
    expect(report).toMatchObject({ ok: true, problems: [] });
    // 7 incidents: at least one category cell and ten dimension cells (5 dims × own and '*') each.
    expect(report.aggregateCells).toBeGreaterThanOrEqual(11);
    expect((await run(['check', '--db', store])).stdout).toMatch(/: ok \(integrity, foreign keys/);
  });

  it('stays sound after edits and undo kept by triggers', async () => {
    const store = await storeWithData();
    const db = openStore(store, { backups: false });
    db.exec("UPDATE incidents SET severity = 'critical', region = 'north' WHERE id % 2 = 0");
    db.exec("UPDATE incidents SET category = 'ddos', occurred_at = '2001-01-01T00:00:00Z' WHERE id = 1");
    db.exec('DELETE FROM incidents WHERE id = 3');
    expect(checkStore(db)).toMatchObject({ ok: true, problems: [] });
    db.close();
  });

  it('names each aggregate cell that differs from a direct count, and exits 1', async () => {
    const store = await storeWithData();
    tamper(
      store,
      `UPDATE agg_day_category SET n = n + 2 WHERE (day, category) = (SELECT day, category FROM agg_day_category LIMIT 1);
       DELETE FROM agg_day_dim WHERE dim = 'severity' AND category = '*' AND day = (SELECT min(day) FROM agg_day_dim);
       INSERT INTO agg_day_dim (dim, category, day, value, n) VALUES ('region', 'malware', '1999-01-01', 'x', 0);`,
    );
    const out = await run(['check', '--db', store]);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(
      /^aggregate: agg_day_category \d{4}-\d\d-\d\d \/ \w+: stored \d+, counted \d+$/m,
    );
    expect(out.stdout).toMatch(/^aggregate: agg_day_dim severity \/ \* \/ .*: stored 0, counted \d+$/m);
    expect(out.stdout).toMatch(
      /^aggregate: agg_day_dim region \/ malware \/ 1999-01-01 \/ x: stored 0, counted 0$/m,
    );
    expect(out.stderr).toMatch(/has 3 problem/);
  });

  it('names an incident outside the sort bounds of its day', async () => {
    const store = await storeWithData();
    const db = openStore(store, { backups: false });
    // The importer's own tally of the rows it stored is exactly what a direct count gives.
    expect(db.prepare('SELECT count(*) FROM sort_bounds').pluck().get()).toBe(
      db.prepare('SELECT count(DISTINCT substr(occurred_at, 1, 10)) FROM incidents').pluck().get(),
    );
    db.close();
    tamper(
      store,
      "UPDATE sort_bounds SET external_id_hi = '' WHERE day = (SELECT min(day) FROM sort_bounds)",
    );
    const out = await run(['check', '--db', store]);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^aggregate: incident \d+ of \d{4}-\d\d-\d\d lies outside the sort bounds/m);
  });

  it('reports a broken foreign key and a damaged page', async () => {
    const store = await storeWithData();
    tamper(store, 'UPDATE incidents SET import_id = 999 WHERE id = 2');
    const fk = await run(['check', '--db', store, '--json']);
    expect(fk.code).toBe(1);
    expect(fk.stdout).toMatch(/incidents row 2 refers to a missing row of imports/);

    const other = await storeWithData();
    tamper(other, 'PRAGMA wal_checkpoint(TRUNCATE)');
    damagePage(other, rootPage(other, 'import_rejects'));
    const damaged = await run(['check', '--db', other]);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toMatch(/^integrity: /m);
  });
});
