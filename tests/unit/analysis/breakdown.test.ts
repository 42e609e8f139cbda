// Breakdowns on stores built by importing real files: a small one counted by hand, and a generated
// sample checked against direct counts of the incidents table.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  breakdown,
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
  type BreakdownQuery,
} from '../../../src/main/analysis/breakdown';
import { importFile } from '../../../src/main/import/importFile';
import { writeSampleFile } from '../../../src/main/sample/writeSample';
import { openStore, type Store } from '../../../src/main/store/open';
import { undoImport } from '../../../src/main/store/queries/imports';
import { firstMonths, type Period } from '../../../src/shared/period';
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

async function importCsv(db: Store, name: string, csv: string): Promise<number> {
  const result = await importFile(db, { path: tempFile(name, csv), name });
  expect(result.error).toBeNull();
  expect(result.rejected).toBe(0);
  // null only for a file that failed, which the expectation above has already caught.
  if (result.importId === null) throw new Error(`${name} stored no import`);
  return result.importId;
}

// [occurred_at, category, severity, source, region, sector, how many]. The period asked for is
// 2016-01-01..2016-03-31 (UTC dates).
const SPEC: [string, string, string, string, string, string, number][] = [
  ['2016-01-05T10:00:00Z', 'malware', 'high', 'CNCERT', 'Beijing', 'gov', 4],
  ['2016-02-10T00:00:00Z', 'malware', 'medium', 'CNCERT', 'Shanghai', 'finance', 2],
  ['2016-03-31T23:59:59Z', 'phishing', 'high', 'ISP-A', 'Beijing', 'finance', 3],
  // Nothing but a time and a category: the '' keys.
  ['2016-02-29T12:00:00Z', 'ddos', 'critical', '', '', '', 2],
  ['2016-01-01T00:00:00Z', 'defacement', 'low', 'ISP-B', 'Guangdong', 'gov', 1],
  // No label and no severity.
  ['2016-01-20T08:00:00Z', '', '', 'CNCERT', 'Beijing', '', 1],
  // Outside the period: the second before it, the second after it, and a Beijing morning still in 2015 in UTC.
  ['2015-12-31T23:59:59Z', 'malware', 'high', 'CNCERT', 'Beijing', 'gov', 5],
  ['2016-04-01T00:00:00Z', 'phishing', 'low', 'ISP-A', 'Beijing', 'gov', 2],
  ['2016-01-01T07:00:00+08:00', 'spam', 'low', 'ISP-C', 'Hainan', 'edu', 1],
];
const PERIOD: Period = { from: '2016-01-01', to: '2016-03-31' };

function specCsv(prefix: string, spec = SPEC): string {
  const lines = ['external_id,occurred_at,category,severity,source,region,sector,title'];
  let id = 0;
  for (const [at, category, severity, source, region, sector, n] of spec) {
    for (let i = 0; i < n; i++) {
      id++;
      lines.push(
        `${prefix}${String(id)},${at},${category},${severity},${source},${region},${sector},t${String(id)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Incidents per key of the dimension that occurred in the period, counted from the incidents table. */
function directCounts(
  db: Store,
  period: Period,
  by: BreakdownDimension,
  categories: readonly string[] = [],
): Map<string, number> {
  // `by` is one of five fixed names here too; the test's own SQL, not the code under test.
  const only = categories.length > 0 ? `AND category IN (${categories.map(() => '?').join(', ')})` : '';
  const rows = db
    .prepare(
      `SELECT ${by} AS key, count(*) AS n FROM incidents
       WHERE substr(occurred_at, 1, 10) BETWEEN ? AND ? ${only} GROUP BY ${by}`,
    )
    .all(period.from, period.to, ...categories) as { key: string; n: number }[];
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** The breakdown as direct counts of the incidents table say it must be, for any limit. */
function expectMatchesIncidents(db: Store, query: BreakdownQuery): void {
  const b = breakdown(db, query);
  const direct = directCounts(db, query, query.by, query.categories);
  const total = [...direct.values()].reduce((a, n) => a + n, 0);
  expect(b.total).toBe(total);
  expect(b.rows.length).toBe(Math.min(direct.size, query.limit ?? 20));
  for (const row of b.rows) {
    expect(row.count, `${query.by} "${row.key}"`).toBe(direct.get(row.key));
    expect(row.share).toBe(row.count / total);
  }
  expect(b.rows.reduce((a, r) => a + r.count, 0) + b.other).toBe(total);
  // Largest first; ties by key, and no key left out is larger than one listed.
  for (let k = 1; k < b.rows.length; k++) {
    const [a, c] = [b.rows[k - 1], b.rows[k]];
    expect(a && c && (a.count > c.count || (a.count === c.count && a.key < c.key))).toBe(true);
  }
  const listed = new Set(b.rows.map((r) => r.key));
  const smallest = b.rows.at(-1)?.count ?? 0;
  for (const [key, n] of direct) if (!listed.has(key)) expect(n).toBeLessThanOrEqual(smallest);
}

const row = (key: string, count: number, total: number): { key: string; count: number; share: number } => ({
  key,
  count,
  share: count / total,
});

describe('breakdown', () => {
  it('counts each dimension of the period as counted by hand, the empty key included', async () => {
    const db = newStore();
    await importCsv(db, 'spec.csv', specCsv('E'));
    expect(breakdown(db, { ...PERIOD, by: 'category' })).toEqual({
      by: 'category',
      rows: [
        row('malware', 6, 13),
        row('phishing', 3, 13),
        row('ddos', 2, 13),
        row('defacement', 1, 13),
        row('uncategorized', 1, 13),
      ],
      total: 13,
      other: 0,
    });
    expect(breakdown(db, { ...PERIOD, by: 'source' }).rows).toEqual([
      row('CNCERT', 7, 13),
      row('ISP-A', 3, 13),
      row('', 2, 13),
      row('ISP-B', 1, 13),
    ]);
    // Ties by key: '' sorts before any other key.
    expect(breakdown(db, { ...PERIOD, by: 'region' }).rows).toEqual([
      row('Beijing', 8, 13),
      row('', 2, 13),
      row('Shanghai', 2, 13),
      row('Guangdong', 1, 13),
    ]);
    expect(breakdown(db, { ...PERIOD, by: 'severity' }).rows).toEqual([
      row('high', 7, 13),
      row('critical', 2, 13),
      row('medium', 2, 13),
      row('', 1, 13),
      row('low', 1, 13),
    ]);
    expect(breakdown(db, { ...PERIOD, by: 'sector' }).rows).toEqual([
      row('finance', 5, 13),
      row('gov', 5, 13),
      row('', 3, 13),
    ]);
    for (const by of BREAKDOWN_DIMENSIONS) expectMatchesIncidents(db, { ...PERIOD, by });
  });

  it('keeps the top keys and sums the rest into other', async () => {
    const db = newStore();
    await importCsv(db, 'spec.csv', specCsv('E'));
    expect(breakdown(db, { ...PERIOD, by: 'region', limit: 2 })).toEqual({
      by: 'region',
      rows: [row('Beijing', 8, 13), row('', 2, 13)],
      total: 13,
      other: 3,
    });
    expect(breakdown(db, { ...PERIOD, by: 'category', limit: 1 })).toMatchObject({ total: 13, other: 7 });
    expect(breakdown(db, { ...PERIOD, by: 'category', limit: 5 }).other).toBe(0);
    for (const by of BREAKDOWN_DIMENSIONS) expectMatchesIncidents(db, { ...PERIOD, by, limit: 2 });
  });

  it('counts only the categories asked for', async () => {
    const db = newStore();
    await importCsv(db, 'spec.csv', specCsv('E'));
    expect(breakdown(db, { ...PERIOD, by: 'source', categories: ['malware', 'ddos'] })).toEqual({
      by: 'source',
      rows: [row('CNCERT', 6, 8), row('', 2, 8)],
      total: 8,
      other: 0,
    });
    // A code no incident has matches nothing; a repeated code counts once; none at all counts all.
    expect(breakdown(db, { ...PERIOD, by: 'category', categories: ['malware', 'malware', 'nope'] })).toEqual({
      by: 'category',
      rows: [row('malware', 6, 6)],
      total: 6,
      other: 0,
    });
    expect(breakdown(db, { ...PERIOD, by: 'category', categories: [] })).toEqual(
      breakdown(db, { ...PERIOD, by: 'category' }),
    );
    expectMatchesIncidents(db, { ...PERIOD, by: 'region', categories: ['phishing', 'uncategorized'] });
  });

  it('gives no rows and zeros for a period with no incidents', async () => {
    const db = newStore();
    await importCsv(db, 'spec.csv', specCsv('E'));
    expect(breakdown(db, { from: '2030-01-01', to: '9999-12-31', by: 'source' })).toEqual({
      by: 'source',
      rows: [],
      total: 0,
      other: 0,
    });
  });

  it('follows an undone import out of every count', async () => {
    const db = newStore();
    await importCsv(db, 'spec.csv', specCsv('E'));
    const before = breakdown(db, { ...PERIOD, by: 'source' });
    const more: typeof SPEC = [
      ['2016-03-01T00:00:00Z', 'malware', 'high', 'ISP-B', 'Beijing', 'gov', 9],
      ['2016-03-02T00:00:00Z', 'spam', 'low', 'ISP-Z', '', '', 1],
    ];
    const second = await importCsv(db, 'more.csv', specCsv('M', more));
    expect(breakdown(db, { ...PERIOD, by: 'source' }).rows).toEqual([
      row('ISP-B', 10, 23),
      row('CNCERT', 7, 23),
      row('ISP-A', 3, 23),
      row('', 2, 23),
      row('ISP-Z', 1, 23),
    ]);
    db.transaction(() => undoImport(db, second, '2024-01-01T00:00:00Z')).immediate();
    expect(breakdown(db, { ...PERIOD, by: 'source' })).toEqual(before);
    for (const by of BREAKDOWN_DIMENSIONS) expectMatchesIncidents(db, { ...PERIOD, by });
  });

  it('reads the daily aggregate, not the incidents', async () => {
    const db = newStore();
    await importCsv(db, 'spec.csv', specCsv('E'));
    // A count only the aggregate holds: were the incidents scanned, it would not show.
    addAggregateCell(db, { day: '2016-06-01', category: 'spam', severity: 'low', source: 'x', n: 5 });
    expect(breakdown(db, { from: '2016-06-01', to: '2016-06-01', by: 'source' })).toEqual({
      by: 'source',
      rows: [row('x', 5, 5)],
      total: 5,
      other: 0,
    });
  });

  it('agrees with direct counts of the incidents on a generated sample', async () => {
    const dir = tempDir();
    const path = join(dir, 'sample.csv');
    await writeSampleFile(path, { rows: 4000, seed: 11 });
    const db = newStore();
    expect((await importFile(db, { path, name: 'sample.csv' })).error).toBeNull();
    const periods: Period[] = [
      firstMonths(2016, 9),
      { from: '2016-02-29', to: '2016-02-29' },
      { from: '2015-12-20', to: '2016-01-10' },
      { from: '2015-01-01', to: '2016-12-31' },
    ];
    for (const period of periods) {
      for (const by of BREAKDOWN_DIMENSIONS) {
        for (const limit of [1, 3, 20, 1000]) expectMatchesIncidents(db, { ...period, by, limit });
      }
      expectMatchesIncidents(db, { ...period, by: 'region', categories: ['malware', 'phishing'] });
    }
    expect(breakdown(db, { ...firstMonths(2016, 9), by: 'category' }).total).toBeGreaterThan(1000);
  });

  it('refuses bad dates, a reversed period, another zone, an unknown dimension and a bad limit', async () => {
    const db = newStore();
    await importCsv(db, 'spec.csv', specCsv('E'));
    const refused = (query: BreakdownQuery): unknown => {
      try {
        breakdown(db, query);
      } catch (err) {
        return err;
      }
      return null;
    };
    expect(refused({ from: '2015-02-29', to: '2015-03-01', by: 'source' })).toMatchObject({
      code: 'invalid_input',
      message: 'from: "2015-02-29" is not a date in the calendar (YYYY-MM-DD)',
    });
    expect(refused({ from: '2016-01-01', to: '2016-1-31', by: 'source' })).toMatchObject({
      code: 'invalid_input',
      message: 'to: "2016-1-31" is not a date in the calendar (YYYY-MM-DD)',
    });
    expect(refused({ from: '2016-10-01', to: '2016-09-30', by: 'source' })).toMatchObject({
      code: 'invalid_input',
      message: 'the period ends (2016-09-30) before it starts (2016-10-01)',
    });
    expect(refused({ ...PERIOD, by: 'source', timeZone: 'Asia/Shanghai' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/counts days in UTC, not Asia\/Shanghai/) as unknown,
    });
    // Text that would be SQL, were `by` ever spliced into the statement.
    expect(refused({ ...PERIOD, by: 'n) FROM incidents --' as BreakdownDimension })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(
        /^by: .* is not one of category, severity, source, region, sector$/,
      ) as unknown,
    });
    for (const limit of [0, -1, 1.5, 1001, Number.NaN]) {
      expect(refused({ ...PERIOD, by: 'source', limit })).toMatchObject({ code: 'invalid_input' });
    }
    expect(refused({ ...PERIOD, by: 'source', limit: 1000, timeZone: 'Etc/UTC' })).toBeNull();
  });
});
