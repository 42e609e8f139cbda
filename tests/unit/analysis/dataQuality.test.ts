// Data quality of a period on a store built by importing small files — with rejected rows, a mapped
// constant source, a file every row of which was rejected, and an undone import — counted by hand and
// checked against direct counts of the incidents and import_rejects tables.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataQuality, UNKNOWN_LABELS_SQL, type DataQuality } from '../../../src/main/analysis/dataQuality';
import { importFile } from '../../../src/main/import/importFile';
import { writeSampleFile } from '../../../src/main/sample/writeSample';
import { openStore, type Store } from '../../../src/main/store/open';
import { undoImport } from '../../../src/main/store/queries/imports';
import type { ImportMapping } from '../../../src/shared/mapping';
import type { Period } from '../../../src/shared/period';
import { tempDir, tempFile } from '../helpers/temp';
import { addAggregateCell } from '../helpers/aggregates';

let open: Store | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

function newStore(): Store {
  open = openStore(join(tempDir(), 'vigil.db'));
  return open;
}

async function importCsv(
  db: Store,
  name: string,
  lines: string[],
  expected: { imported: number; rejected: number },
  mapping?: ImportMapping,
): Promise<number> {
  const path = tempFile(name, `${lines.join('\n')}\n`);
  const result = await importFile(db, { path, name }, mapping === undefined ? {} : { mapping });
  expect(result.error).toBeNull();
  expect({ imported: result.imported, rejected: result.rejected }).toEqual(expected);
  // null only for a file that failed, which the expectation above has already caught.
  if (result.importId === null) throw new Error(`${name} stored no import`);
  return result.importId;
}

const PERIOD: Period = { from: '2016-01-01', to: '2016-03-31' };

/**
 * Five imports (ids 1–5). In 2016-01-01..2016-03-31:
 *   A (1): 7 incidents — 6 uncategorized (5 with a label), 3 without source, 3 without region; 2 rejects;
 *          the source is read from a column.
 *   B (2): 2 incidents, source the constant " CNCERT-feed " (stored trimmed), 1 unknown label; 3 rejects.
 *   C (3): 2 incidents, no source column, 1 unknown label, 1 without region; 1 reject. Undone in the tests.
 *   D (4): every row rejected (2), so nothing stored; the source is read from a column.
 *   E (5): 1 incident, no source nor region column; 1 reject.
 */
async function buildStore(): Promise<{ db: Store; undoC: () => void }> {
  const db = newStore();
  await importCsv(
    db,
    'a.csv',
    [
      'external_id,occurred_at,category,source,region,title',
      'A1,2016-01-05T00:00:00Z,malware,CNCERT,Beijing,t',
      'A2,2016-01-06T00:00:00Z,怪事,CNCERT,,t',
      'A3,2016-01-07T00:00:00Z,weird thing,,Beijing,t',
      'A4,2016-01-08T00:00:00Z,weird thing,,,t',
      'A5,2016-02-01T00:00:00Z,,CNCERT,Beijing,t',
      'A6,2016-02-02T00:00:00Z,Weird Thing,CNCERT,Beijing,t',
      // Outside the period: the second before it and the second after it.
      'A7,2015-12-31T23:59:59Z,weird thing,CNCERT,Beijing,t',
      'A8,2016-04-01T00:00:00Z,old label,CNCERT,Beijing,t',
      // The period's last second.
      'A9,2016-03-31T23:59:59Z,late label,,,t',
      'A10,not a date,malware,CNCERT,Beijing,t',
      'A11,2016-01-05T00:00:00Z,malware,CNCERT,Beijing,t,one field too many',
    ],
    { imported: 9, rejected: 2 },
  );
  await importCsv(
    db,
    'b.csv',
    [
      'id,when,label,area',
      'B1,2016-01-10T00:00:00Z,phishing,north',
      'B2,2016-03-01T00:00:00Z,weird thing,south',
      'B3,2017-01-01T00:00:00Z,malware,north',
      'B4,yesterday,malware,north',
      'B5,,malware,north',
      'B6,2016-03-01T00:00:00Z,malware,north,extra',
    ],
    { imported: 3, rejected: 3 },
    {
      fields: {
        external_id: { kind: 'columns', columns: [0] },
        occurred_at: { kind: 'columns', columns: [1] },
        category: { kind: 'columns', columns: [2] },
        region: { kind: 'columns', columns: [3] },
        source: { kind: 'constant', value: ' CNCERT-feed ' },
      },
      dateFormat: 'auto',
      timeZone: 'UTC',
    },
  );
  const c = await importCsv(
    db,
    'c.csv',
    [
      'external_id,occurred_at,category,region',
      'C1,2016-01-15T00:00:00Z,weird thing,Beijing',
      'C2,2016-02-15T00:00:00Z,malware,',
      'C3,2016-02-30T00:00:00Z,malware,Beijing',
    ],
    { imported: 2, rejected: 1 },
  );
  await importCsv(
    db,
    'd.csv',
    ['external_id,occurred_at,category,source', 'D1,N/A,malware,ISP-D', 'D2,,malware,ISP-D'],
    { imported: 0, rejected: 2 },
  );
  await importCsv(
    db,
    'e.csv',
    ['external_id,occurred_at,category', 'E1,2016-01-20T00:00:00Z,malware', 'E2,2016-13-45,malware'],
    { imported: 1, rejected: 1 },
  );
  return {
    db,
    undoC: () => {
      db.transaction(() => undoImport(db, c, '2024-01-01T00:00:00Z')).immediate();
    },
  };
}

const share = (count: number, total: number): { count: number; share: number } => ({
  count,
  share: count / total,
});

/** The figures as direct counts of the incidents and import_rejects tables say they must be. */
function expectMatchesTables(db: Store, q: DataQuality): void {
  const { from, to } = q.period;
  const inPeriod = `FROM incidents WHERE substr(occurred_at, 1, 10) BETWEEN ? AND ?`;
  const count = (where: string): number =>
    (db.prepare(`SELECT count(*) AS n ${inPeriod} ${where}`).get(from, to) as { n: number }).n;
  const total = count('');
  expect(q.total).toBe(total);
  expect(q.uncategorized.count).toBe(count("AND category = 'uncategorized'"));
  expect(q.withoutSource.count).toBe(count("AND source = ''"));
  expect(q.withoutRegion.count).toBe(count("AND region = ''"));
  for (const part of [q.uncategorized, q.withoutSource, q.withoutRegion]) {
    expect(part.share).toBe(total === 0 ? 0 : part.count / total);
  }
  expect(q.unknownLabels).toEqual(
    db
      .prepare(
        `SELECT category_raw AS label, count(*) AS count ${inPeriod}
         AND category = 'uncategorized' AND category_raw <> ''
         GROUP BY category_raw ORDER BY count DESC, label LIMIT 20`,
      )
      .all(from, to),
  );
  // Each import's rejects are its stored reject rows; undone imports are left out.
  const stored = db
    .prepare(
      `SELECT m.id AS importId, m.file_name AS fileName, m.rows_total AS rows, count(r.id) AS rejected
       FROM imports m JOIN import_rejects r ON r.import_id = m.id
       WHERE m.undone_at IS NULL GROUP BY m.id ORDER BY rejected DESC, m.id`,
    )
    .all() as { importId: number; fileName: string; rows: number; rejected: number }[];
  expect(q.rejectedByImport).toEqual(stored.map((s) => ({ ...s, share: s.rejected / s.rows })));
  const rejected = stored.reduce((a, s) => a + s.rejected, 0);
  expect(q.rejectedBySource.reduce((a, s) => a + s.rejected, 0)).toBe(rejected);
  expect(q.rejectedBySource.reduce((a, s) => a + s.imports, 0)).toBe(stored.length);
}

describe('dataQuality', () => {
  it('counts what is missing, the unknown labels and the rejects, as counted by hand', async () => {
    const { db } = await buildStore();
    const q = dataQuality(db, PERIOD);
    expect(q).toEqual({
      period: PERIOD,
      total: 12,
      uncategorized: share(8, 12),
      withoutSource: share(6, 12),
      withoutRegion: share(5, 12),
      unknownLabels: [
        { label: 'weird thing', count: 4 },
        // Ties by label in binary order: capitals, then lower case, then Chinese.
        { label: 'Weird Thing', count: 1 },
        { label: 'late label', count: 1 },
        { label: '怪事', count: 1 },
      ],
      rejectedByImport: [
        { importId: 2, fileName: 'b.csv', rows: 6, rejected: 3, share: 3 / 6 },
        { importId: 1, fileName: 'a.csv', rows: 11, rejected: 2, share: 2 / 11 },
        // Every row rejected: nothing stored in any period, and listed all the same.
        { importId: 4, fileName: 'd.csv', rows: 2, rejected: 2, share: 1 },
        { importId: 3, fileName: 'c.csv', rows: 3, rejected: 1, share: 1 / 3 },
        { importId: 5, fileName: 'e.csv', rows: 2, rejected: 1, share: 1 / 2 },
      ],
      rejectedBySource: [
        // A and D read the source from a column: their rejects' source cannot be known.
        { source: null, rejected: 4, imports: 2 },
        { source: 'CNCERT-feed', rejected: 3, imports: 1 },
        { source: '', rejected: 2, imports: 2 },
      ],
    });
    expectMatchesTables(db, q);
    // The constant source is stored as the rejects are attributed: trimmed.
    expect(db.prepare('SELECT DISTINCT source FROM incidents WHERE import_id = 2').all()).toEqual([
      { source: 'CNCERT-feed' },
    ]);
  });

  it('leaves an undone import out of every figure', async () => {
    const { db, undoC } = await buildStore();
    undoC();
    const q = dataQuality(db, PERIOD);
    expect(q).toEqual({
      period: PERIOD,
      total: 10,
      uncategorized: share(7, 10),
      withoutSource: share(4, 10),
      withoutRegion: share(4, 10),
      unknownLabels: [
        { label: 'weird thing', count: 3 },
        { label: 'Weird Thing', count: 1 },
        { label: 'late label', count: 1 },
        { label: '怪事', count: 1 },
      ],
      rejectedByImport: [
        { importId: 2, fileName: 'b.csv', rows: 6, rejected: 3, share: 3 / 6 },
        { importId: 1, fileName: 'a.csv', rows: 11, rejected: 2, share: 2 / 11 },
        { importId: 4, fileName: 'd.csv', rows: 2, rejected: 2, share: 1 },
        { importId: 5, fileName: 'e.csv', rows: 2, rejected: 1, share: 1 / 2 },
      ],
      rejectedBySource: [
        { source: null, rejected: 4, imports: 2 },
        { source: 'CNCERT-feed', rejected: 3, imports: 1 },
        { source: '', rejected: 1, imports: 1 },
      ],
    });
    expectMatchesTables(db, q);
  });

  it('counts a single day and ignores the days around it', async () => {
    const { db } = await buildStore();
    expect(dataQuality(db, { from: '2016-03-31', to: '2016-03-31' })).toMatchObject({
      total: 1,
      uncategorized: share(1, 1),
      withoutSource: share(1, 1),
      withoutRegion: share(1, 1),
      unknownLabels: [{ label: 'late label', count: 1 }],
    });
    expect(dataQuality(db, { from: '2015-12-31', to: '2015-12-31' })).toMatchObject({
      total: 1,
      uncategorized: share(1, 1),
      withoutSource: share(0, 1),
      unknownLabels: [{ label: 'weird thing', count: 1 }],
    });
  });

  it('gives zeros, shares of 0 and no labels for a period with no incidents, up to the last date there is', async () => {
    const { db } = await buildStore();
    const q = dataQuality(db, { from: '2030-01-01', to: '9999-12-31' });
    expect(q).toMatchObject({
      total: 0,
      uncategorized: { count: 0, share: 0 },
      withoutSource: { count: 0, share: 0 },
      withoutRegion: { count: 0, share: 0 },
      unknownLabels: [],
    });
    // Rejects cannot be dated, so they are listed whatever the period.
    expect(q.rejectedByImport).toHaveLength(5);
    expectMatchesTables(db, q);
  });

  it('reads the counts from the daily aggregate', async () => {
    const { db } = await buildStore();
    addAggregateCell(db, { day: '2016-06-01', category: 'uncategorized', region: 'x', n: 5 });
    expect(dataQuality(db, { from: '2016-06-01', to: '2016-06-01' })).toMatchObject({
      total: 5,
      uncategorized: share(5, 5),
      withoutSource: share(5, 5),
      withoutRegion: share(0, 5),
    });
  });

  it('finds the unknown labels through the category index, not by scanning the incidents', () => {
    const db = newStore();
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN ${UNKNOWN_LABELS_SQL}`)
      .all('2016-01-01', '2016-03-31~', 20) as { detail: string }[];
    const details = plan.map((p) => p.detail);
    expect(details).toContainEqual(
      expect.stringMatching(
        /^SEARCH incidents USING INDEX incidents_category_occurred \(category=\? AND occurred_at>\? AND occurred_at<\?\)$/,
      ),
    );
    expect(details.filter((d) => /^SCAN incidents/.test(d))).toEqual([]);
  });

  it('agrees with direct counts on a generated sample that has rejected rows', async () => {
    const dir = tempDir();
    const path = join(dir, 'sample.csv');
    await writeSampleFile(path, { rows: 3000, seed: 5 });
    const db = newStore();
    const result = await importFile(db, { path, name: 'sample.csv' });
    expect(result.error).toBeNull();
    expect(result.rejected).toBeGreaterThan(0);
    for (const period of [
      { from: '2016-01-01', to: '2016-09-30' },
      { from: '2015-01-01', to: '2016-12-31' },
      { from: '2016-02-29', to: '2016-02-29' },
    ]) {
      const q = dataQuality(db, period);
      expectMatchesTables(db, q);
      expect(q.rejectedByImport).toEqual([
        expect.objectContaining({ importId: result.importId, rejected: result.rejected }) as unknown,
      ]);
    }
  });

  it('refuses bad dates, a reversed period and zones other than UTC, as the headline does', () => {
    const db = newStore();
    const refused = (query: Parameters<typeof dataQuality>[1]): unknown => {
      try {
        dataQuality(db, query);
      } catch (err) {
        return err;
      }
      return null;
    };
    expect(refused({ from: '2016-01-01', to: '2016-02-30' })).toMatchObject({
      code: 'invalid_input',
      message: 'to: "2016-02-30" is not a date in the calendar (YYYY-MM-DD)',
    });
    expect(refused({ from: '2016-03-01', to: '2016-02-01' })).toMatchObject({
      code: 'invalid_input',
      message: 'the period ends (2016-02-01) before it starts (2016-03-01)',
    });
    expect(refused({ ...PERIOD, timeZone: 'Europe/Paris' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/counts days in UTC, not Europe\/Paris/) as unknown,
    });
    expect(refused({ ...PERIOD, timeZone: 'UTC' })).toBeNull();
  });
});
