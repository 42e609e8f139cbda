import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/main/import/importFile';
import { checkStore } from '../../src/main/store/check';
import { listIncidents } from '../../src/main/store/queries/incidents';
import { setTimeZone } from '../../src/main/store/queries/settings';
import { MIGRATIONS } from '../../src/main/store/migrations';
import { openStore } from '../../src/main/store/open';
import { compareStored, DayBounds } from '../../src/main/store/queries/dayBounds';
import { tempDir, tempFile } from './helpers/temp';

// The per-day bounds of the orders that follow time (migration 0015): they must hold every stored
// row, or a walk that starts at a bound would skip rows (the paging tests check the walks' results).

const BOUNDS = `SELECT day, id_lo, id_hi, external_id_lo, external_id_hi, reported_lo, reported_hi, detected_lo, detected_hi
  FROM sort_bounds ORDER BY day`;
const COUNTED = `SELECT substr(occurred_at, 1, 10) AS day, min(id) AS id_lo, max(id) AS id_hi, min(external_id_sort) AS external_id_lo,
  max(external_id_sort) AS external_id_hi, min(reported_at_sort) AS reported_lo, max(reported_at_sort) AS reported_hi,
  min(detected_at_sort) AS detected_lo, max(detected_at_sort) AS detected_hi FROM incidents GROUP BY 1 ORDER BY 1`;

describe('sort bounds', () => {
  it('orders text as SQLite does, characters above U+FFFF included', () => {
    const db = new Database(':memory:');
    const less = db.prepare('SELECT ? < ? AS lt, ? = ? AS eq').raw();
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', '0', '\u00e9', '\u4e2d', '\uff01', '\ufffd', '😀', '𠀀', ''),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [lt, eq] = less.get(a, b, a, b) as [number, number];
        expect(Math.sign(compareStored(a, b))).toBe(eq === 1 ? 0 : lt === 1 ? -1 : 1);
      }),
      { numRuns: 2000 },
    );
    db.close();
  });

  it('are the exact bounds of a new store’s rows, whichever way the rows came in', () => {
    const db = openStore(join(tempDir(), 'vigil.db'), { backups: false });
    db.exec(`INSERT INTO imports (id, file_name, file_size, sha256, encoding, delimiter, started_at)
      VALUES (1, 'a.csv', 1, '', 'utf-8', ',', '2016-01-01T00:00:00Z')`);
    const insert =
      db.prepare(`INSERT INTO incidents (source, external_id, fingerprint, occurred_at, reported_at, detected_at,
      import_id, source_row, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 2, '', '')`);
    const tracked = new DayBounds();
    let n = 0;
    const day = fc.constantFrom('2015-12-31T23:59:59Z', '2016-01-01T00:00:00Z', '2016-01-01T12:00:00Z');
    const value = fc.option(
      fc.constantFrom('EX-1', 'EX-10', 'EX-9', 'ex-2', '😀', '\uffee', '2016-01-02T00:00:00Z'),
    );
    fc.assert(
      fc.property(day, value, value, value, (occurred, id, reported, detected) => {
        n++;
        const stored = insert.run(`s${String(n)}`, id, `f${String(n)}`, occurred, reported, detected);
        tracked.add(occurred, Number(stored.lastInsertRowid), id, reported, detected);
      }),
      { numRuns: 300 },
    );
    // The rows went in by the insert trigger; an import's own tally of the same rows changes nothing.
    const byTrigger = db.prepare(BOUNDS).all();
    expect(byTrigger).toEqual(db.prepare(COUNTED).all());
    tracked.save(db);
    expect(db.prepare(BOUNDS).all()).toEqual(byTrigger);
    db.close();
  });

  it('are filled for the rows a store had before the migration', () => {
    const file = join(tempDir(), 'vigil.db');
    const old = openStore(file, { backups: false, migrations: MIGRATIONS.filter((m) => m.version < 15) });
    old.exec(`INSERT INTO imports (id, file_name, file_size, sha256, encoding, delimiter, started_at)
      VALUES (1, 'a.csv', 1, '', 'utf-8', ',', '2016-01-01T00:00:00Z');
      INSERT INTO incidents (external_id, fingerprint, occurred_at, reported_at, import_id, source_row, created_at, updated_at)
      VALUES ('B', 'f1', '2016-03-01T10:00:00Z', '2016-03-02T00:00:00Z', 1, 2, '', ''),
             ('A', 'f2', '2016-03-01T11:00:00Z', NULL, 1, 3, '', ''),
             (NULL, 'f3', '2016-03-05T11:00:00Z', NULL, 1, 4, '', '')`);
    old.close();
    const db = openStore(file, { backups: false });
    expect(db.prepare(BOUNDS).all()).toEqual([
      {
        day: '2016-03-01',
        id_lo: 1,
        id_hi: 2,
        external_id_lo: 'A',
        external_id_hi: 'B',
        reported_lo: '',
        reported_hi: '2016-03-02T00:00:00Z',
        detected_lo: '',
        detected_hi: '',
      },
      {
        day: '2016-03-05',
        id_lo: 3,
        id_hi: 3,
        external_id_lo: '',
        external_id_hi: '',
        reported_lo: '',
        reported_hi: '',
        detected_lo: '',
        detected_hi: '',
      },
    ]);
    expect(checkStore(db)).toMatchObject({ ok: true });
    // A row moved to another day widens that day's bounds (the update trigger).
    db.exec("UPDATE incidents SET occurred_at = '2016-03-05T12:00:00Z' WHERE external_id = 'B'");
    expect(db.prepare("SELECT external_id_hi FROM sort_bounds WHERE day = '2016-03-05'").pluck().get()).toBe(
      'B',
    );
    expect(checkStore(db)).toMatchObject({ ok: true });
    db.close();
  });

  it('start a year of another time zone at its first row, in every bounded order and both directions', async () => {
    const db = openStore(join(tempDir(), 'vigil.db'), { backups: false });
    // Around two New Years in Beijing (UTC+8): ids and reported times follow the occurrence.
    const lines = ['external_id,occurred_at,reported_at,detected_at,category'];
    let n = 0;
    for (const day of ['2015-12-31', '2016-01-01', '2016-12-31', '2017-01-01']) {
      for (const hour of ['01', '09', '15', '17', '23']) {
        n++;
        const reported = n % 3 === 0 ? '' : `${day}T${hour}:30:00Z`;
        lines.push(`EX-${String(n).padStart(3, '0')},${day}T${hour}:00:00Z,${reported},${reported},phishing`);
      }
    }
    await importFile(db, { path: tempFile('ny.csv', `${lines.join('\n')}\n`), name: 'ny.csv' });
    db.transaction(() => setTimeZone(db, 'Asia/Shanghai')).immediate();
    const keys = {
      externalId: 'external_id_sort',
      reportedAt: 'reported_at_sort',
      detectedAt: 'detected_at_sort',
      id: 'id',
    };
    for (const [sort, key] of Object.entries(keys) as [keyof typeof keys, string][]) {
      for (const dir of ['asc', 'desc'] as const) {
        const expected = db
          .prepare(
            `SELECT id FROM incidents WHERE occurred_at >= '2015-12-31T16:00:00Z' AND occurred_at < '2016-12-31T16:00:00Z'
             ORDER BY ${key} ${dir}, id ${dir}`,
          )
          .pluck()
          .all();
        const ids: unknown[] = [];
        let cursor: string | null = null;
        do {
          const page = listIncidents(db, { filter: { years: [2016] }, sort, dir, limit: 3, cursor });
          ids.push(...page.rows.map((r) => r.id));
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect(ids, `${sort} ${dir}`).toEqual(expected);
        expect(expected.length).toBe(10);
      }
    }
    db.close();
  });
});
