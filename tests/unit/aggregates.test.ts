// The aggregate tables stay equal to direct counts of the incidents through any sequence of imports
// (small ones use the per-row triggers, large ones the set-based bulk path), edits of any counted
// column, and undo; and migration 0006 fills them from a store written by schema v5.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/main/import/importFile';
import { openStore, type Store } from '../../src/main/store/open';
import { MIGRATIONS } from '../../src/main/store/migrations';
import { undoImport } from '../../src/main/store/queries/imports';
import { writeSampleFile } from '../../src/main/sample';
import { aggregatesMatchRows, directAggregates, aggregateRows } from './helpers/aggregates';
import { tempDir, tempFile } from './helpers/temp';

const CATEGORIES = ['phishing', 'malware', 'ddos', 'uncategorized'];
const VALUES: Record<string, readonly string[]> = {
  severity: ['low', 'high', ''],
  status: ['new', 'triaged', 'resolved'],
  source: ['cncert', 'feed-b', ''],
  region: ['广东', 'Beijing', ''],
  sector: ['gov', ''],
};

function csvOf(
  rows: { day: number; cat: number; sev: number; src: number; reg: number }[],
  tag: string,
): string {
  const lines = rows.map(
    (r, i) =>
      `${tag}-${String(i)},2016-03-${String(1 + r.day).padStart(2, '0')}T10:00:00Z,${CATEGORIES[r.cat] ?? ''},` +
      `${VALUES.severity?.[r.sev] ?? ''},${VALUES.source?.[r.src] ?? ''},${VALUES.region?.[r.reg] ?? ''},t${String(i)}`,
  );
  return `external_id,occurred_at,category,severity,source,region,title\n${lines.join('\n')}\n`;
}

const row = fc.record({
  day: fc.nat(4),
  cat: fc.nat(CATEGORIES.length - 1),
  sev: fc.nat(2),
  src: fc.nat(2),
  reg: fc.nat(2),
});

type Step =
  | { kind: 'import'; rows: { day: number; cat: number; sev: number; src: number; reg: number }[] }
  | { kind: 'edit'; pick: number; column: string; value: number }
  | { kind: 'undo'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), rows: fc.array(row, { minLength: 1, maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(1000),
    column: fc.constantFrom(
      'category',
      'occurred_at',
      'severity',
      'status',
      'source',
      'region',
      'sector',
      'both',
    ),
    value: fc.nat(5),
  }),
  fc.record({ kind: fc.constant('undo' as const), pick: fc.nat(1000) }),
);

function applyEdit(db: Store, pick: number, column: string, value: number): void {
  const ids = (db.prepare('SELECT id FROM incidents ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  if (ids.length === 0) return;
  const id = ids[pick % ids.length];
  const values = VALUES[column] ?? [];
  if (column === 'category') {
    db.prepare('UPDATE incidents SET category = ? WHERE id = ?').run(
      CATEGORIES[value % CATEGORIES.length],
      id,
    );
  } else if (column === 'occurred_at') {
    db.prepare('UPDATE incidents SET occurred_at = ? WHERE id = ?').run(
      `2016-04-0${String(1 + (value % 3))}T01:00:00Z`,
      id,
    );
  } else if (column === 'both') {
    // One statement that moves the incident and changes a dimension: the triggers must not both fire.
    db.prepare('UPDATE incidents SET category = ?, severity = ?, region = ? WHERE id = ?').run(
      CATEGORIES[value % CATEGORIES.length],
      VALUES.severity?.[value % 3] ?? '',
      VALUES.region?.[(value + 1) % 3] ?? '',
      id,
    );
  } else {
    db.prepare(`UPDATE incidents SET ${column} = ? WHERE id = ?`).run(
      values[value % values.length] ?? '',
      id,
    );
  }
}

describe('aggregate tables', () => {
  it('equal direct counts after any sequence of imports, edits and undo', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const db = openStore(join(tempDir(), 'vigil.db'));
        try {
          let n = 0;
          for (const s of steps) {
            if (s.kind === 'import') {
              const path = tempFile(`f${String(n)}.csv`, csvOf(s.rows, `X${String(n++)}`));
              await importFile(db, { path, name: 'f.csv' });
            } else if (s.kind === 'edit') {
              applyEdit(db, s.pick, s.column, s.value);
            } else {
              const live = db.prepare('SELECT id FROM imports WHERE undone_at IS NULL').all() as {
                id: number;
              }[];
              const target = live[s.pick % Math.max(1, live.length)];
              if (target)
                db.transaction(() => undoImport(db, target.id, new Date().toISOString())).immediate();
            }
            expect(aggregateRows(db)).toEqual(directAggregates(db));
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('are filled set-based by a large import and stay exact through edits after it', async () => {
    const dir = tempDir();
    const path = join(dir, 'sample.csv');
    // Above the bulk threshold: indexes and triggers are dropped and restored around the import.
    await writeSampleFile(path, { rows: 25_000, seed: 3 });
    const db = openStore(join(dir, 'vigil.db'));
    await importFile(db, { path, name: 'sample.csv' });
    expect(aggregatesMatchRows(db)).toBe(true);
    // The per-value counts of the top lists, read from the rebuilt sort indexes.
    expect(db.prepare('SELECT dim, value, n FROM agg_value ORDER BY dim, value').all()).toEqual(
      db
        .prepare(
          `SELECT 'asset' AS dim, asset AS value, count(*) AS n FROM incidents WHERE asset <> '' GROUP BY asset
           UNION ALL
           SELECT 'attacker_ip', attacker_ip, count(*) FROM incidents WHERE attacker_ip <> '' GROUP BY attacker_ip
           ORDER BY 1, 2`,
        )
        .all(),
    );
    db.prepare("UPDATE incidents SET status = 'resolved' WHERE id % 7 = 0").run();
    db.prepare("UPDATE incidents SET category = 'other', region = '' WHERE id % 11 = 0").run();
    db.prepare('DELETE FROM incidents WHERE id % 13 = 0').run();
    expect(aggregatesMatchRows(db)).toBe(true);
    db.close();
  });

  it('are built by migration 0006 from a store written by schema v5', () => {
    const file = join(tempDir(), 'v5.db');
    const v5 = openStore(file, { migrations: MIGRATIONS.filter((m) => m.version <= 5) });
    // Written as schema v5 wrote rows (this build's importer writes the v6 tables).
    v5.prepare(
      `INSERT INTO imports (id, file_name, file_size, sha256, encoding, delimiter, started_at)
       VALUES (1, 'old.csv', 1, 'x', 'utf-8', ',', '2016-05-01T00:00:00Z')`,
    ).run();
    const insert = v5.prepare(
      `INSERT INTO incidents (fingerprint, occurred_at, category, severity, source, region, import_id, source_row,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 2, '', '')`,
    );
    insert.run('a', '2016-03-02T10:00:00Z', 'phishing', 'high', 'cncert', '广东');
    insert.run('b', '2016-03-03T10:00:00Z', 'ddos', 'low', '', 'Beijing');
    expect(v5.pragma('user_version', { simple: true })).toBe(5);
    v5.close();
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.prepare('SELECT sum(n) AS n FROM agg_day_category').get()).toEqual({ n: 2 });
    expect(aggregatesMatchRows(db)).toBe(true);
    db.close();
  });
});
