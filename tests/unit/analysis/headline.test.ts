// Headline figures on stores built by importing real files: a small one counted by hand, and a
// generated sample checked against direct counts of the incidents table.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headline } from '../../../src/main/analysis/headline';
import { importFile } from '../../../src/main/import/importFile';
import { writeSampleFile } from '../../../src/main/sample';
import { openStore, type Store } from '../../../src/main/store/open';
import type { Headline } from '../../../src/shared/domain';
import {
  addDays,
  firstMonths,
  PERIOD_PRESETS,
  presetPeriod,
  previousPeriod,
  yearEarlier,
  yoyPct,
  type Period,
} from '../../../src/shared/period';
import { tempDir, tempFile } from '../helpers/temp';
import { addAggregateCell } from '../helpers/aggregates';

let open: Store | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

async function storeWith(csv: string): Promise<Store> {
  const dir = tempDir();
  open = openStore(join(dir, 'vigil.db'));
  const result = await importFile(open, { path: tempFile('export.csv', csv), name: 'export.csv' });
  expect(result.error).toBeNull();
  expect(result.rejected).toBe(0);
  return open;
}

// [occurred_at, category, how many incidents]. The period asked for below is 2016-01-01..2016-09-30
// (274 days); the same dates a year earlier are 2015-01-01..2015-09-30, and the 274 days before are
// 2015-04-02..2015-12-31, which overlap them.
const SPEC: [string, string, number][] = [
  // The period: malware 10, phishing 4, ddos 1.
  ['2016-01-01T00:00:00Z', 'malware', 3],
  ['2016-05-10T12:00:00Z', 'malware', 5],
  ['2016-09-30T23:59:59Z', 'malware', 2],
  ['2016-02-29T10:00:00Z', 'phishing', 4],
  ['2016-03-15T08:00:00Z', 'ddos', 1],
  // The day after: in no period.
  ['2016-10-01T00:00:00Z', 'malware', 7],
  // The last second of 2015 and a Beijing-time morning that is still 2015 in UTC: previous period only.
  ['2015-12-31T23:59:59Z', 'phishing', 2],
  ['2016-01-01T07:00:00+08:00', 'malware', 1],
  // A year earlier only (the previous period starts on 2 April 2015).
  ['2015-01-01T00:00:00Z', 'malware', 2],
  ['2015-03-01T00:00:00Z', 'malware', 2],
  ['2015-04-01T23:59:59Z', 'malware', 1],
  ['2015-02-28T23:00:00Z', 'phishing', 2],
  // Both a year earlier and the previous period.
  ['2015-04-02T00:00:00Z', 'malware', 1],
  ['2015-06-01T00:00:00Z', 'malware', 1],
  ['2015-07-01T00:00:00Z', 'defacement', 3],
  // The previous period only.
  ['2015-11-11T11:11:11Z', 'backdoor', 6],
  // Before everything.
  ['2014-12-31T23:59:59Z', 'malware', 1],
];

function specCsv(): string {
  const lines = ['external_id,occurred_at,category,title'];
  let id = 0;
  for (const [at, category, n] of SPEC) {
    for (let i = 0; i < n; i++) lines.push(`E${String(++id)},${at},${category},incident ${String(id)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Incidents per category that occurred in the period, counted from the incidents table itself. */
function directCounts(db: Store, period: Period): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT category, count(*) AS n FROM incidents
       WHERE occurred_at >= ? AND occurred_at < ? GROUP BY category`,
    )
    .all(period.from, addDays(period.to, 1)) as { category: string; n: number }[];
  return new Map(rows.map((r) => [r.category, r.n]));
}

function total(counts: Map<string, number>): number {
  return [...counts.values()].reduce((a, b) => a + b, 0);
}

/** The headline as direct counts of the incidents table say it must be. */
function expectMatchesIncidents(db: Store, h: Headline): void {
  const now = directCounts(db, h.period);
  const before = directCounts(db, h.comparison);
  const last = directCounts(db, h.previousPeriod);
  expect(h.total).toBe(total(now));
  expect(h.previous).toBe(total(before));
  expect(h.previousPeriodTotal).toBe(total(last));
  expect(h.yoyPct).toBe(yoyPct(total(now), total(before)));
  const codes = new Set([...now.keys(), ...before.keys(), ...last.keys()]);
  expect(new Set(Object.keys(h.byCategory))).toEqual(codes);
  for (const code of codes) {
    expect(h.byCategory[code as keyof Headline['byCategory']], code).toMatchObject({
      count: now.get(code) ?? 0,
      previous: before.get(code) ?? 0,
      previousPeriodCount: last.get(code) ?? 0,
    });
  }
}

describe('headline', () => {
  it('counts the period, the same dates a year earlier and the period before, as counted by hand', async () => {
    const db = await storeWith(specCsv());
    const h = headline(db, { from: '2016-01-01', to: '2016-09-30' });
    expect(h).toEqual({
      period: { from: '2016-01-01', to: '2016-09-30' },
      comparison: { from: '2015-01-01', to: '2015-09-30' },
      previousPeriod: { from: '2015-04-02', to: '2015-12-31' },
      total: 15,
      previous: 12,
      yoyPct: 25,
      previousPeriodTotal: 14,
      changePct: 7.1,
      byCategory: {
        malware: { count: 10, previous: 7, yoyPct: 42.9, previousPeriodCount: 3, changePct: 233.3 },
        phishing: { count: 4, previous: 2, yoyPct: 100, previousPeriodCount: 2, changePct: 100 },
        ddos: { count: 1, previous: 0, yoyPct: null, previousPeriodCount: 0, changePct: null },
        defacement: { count: 0, previous: 3, yoyPct: -100, previousPeriodCount: 3, changePct: -100 },
        backdoor: { count: 0, previous: 0, yoyPct: null, previousPeriodCount: 6, changePct: -100 },
      },
    });
    // Largest count first, then the taxonomy's order.
    expect(Object.keys(h.byCategory)).toEqual(['malware', 'phishing', 'ddos', 'defacement', 'backdoor']);
    expectMatchesIncidents(db, h);
  });

  it('compares February 2016 with 1–28 February 2015, and 29 February with 28 February', async () => {
    const db = await storeWith(specCsv());
    const february = headline(db, { from: '2016-02-01', to: '2016-02-29' });
    expect(february).toMatchObject({
      comparison: { from: '2015-02-01', to: '2015-02-28' },
      previousPeriod: { from: '2016-01-03', to: '2016-01-31' },
      total: 4,
      previous: 2,
      yoyPct: 100,
      previousPeriodTotal: 0,
      changePct: null,
    });
    const leapDay = headline(db, { from: '2016-02-29', to: '2016-02-29' });
    expect(leapDay).toMatchObject({
      comparison: { from: '2015-02-28', to: '2015-02-28' },
      total: 4,
      previous: 2,
    });
    expectMatchesIncidents(db, february);
    expectMatchesIncidents(db, leapDay);
  });

  it('counts only the categories asked for', async () => {
    const db = await storeWith(specCsv());
    const h = headline(db, { from: '2016-01-01', to: '2016-09-30', categories: ['malware', 'backdoor'] });
    expect(h).toMatchObject({
      total: 10,
      previous: 7,
      previousPeriodTotal: 9,
      yoyPct: 42.9,
      changePct: 11.1,
    });
    expect(Object.keys(h.byCategory)).toEqual(['malware', 'backdoor']);
    // No filter and an empty one are the same.
    expect(headline(db, { from: '2016-01-01', to: '2016-09-30', categories: [] })).toEqual(
      headline(db, { from: '2016-01-01', to: '2016-09-30' }),
    );
  });

  it('gives zeros, n/a and no categories for a period with nothing around it', async () => {
    const db = await storeWith(specCsv());
    expect(headline(db, { from: '2030-01-01', to: '2030-12-31' })).toMatchObject({
      total: 0,
      previous: 0,
      yoyPct: null,
      previousPeriodTotal: 0,
      changePct: null,
      byCategory: {},
    });
  });

  it('reads the daily aggregate, not the incidents', async () => {
    const db = await storeWith(specCsv());
    // A count only the aggregate holds: were the incidents scanned, it would not show.
    addAggregateCell(db, { day: '2016-06-01', category: 'spam', severity: 'low', source: 'x', n: 5 });
    expect(headline(db, { from: '2016-06-01', to: '2016-06-01' })).toMatchObject({
      total: 5,
      byCategory: { spam: { count: 5 } },
    });
  });

  it('agrees with direct counts of the incidents on a generated two-year sample', async () => {
    const dir = tempDir();
    const path = join(dir, 'sample.csv');
    await writeSampleFile(path, { rows: 4000, seed: 7 });
    open = openStore(join(dir, 'vigil.db'));
    const db = open;
    expect((await importFile(db, { path, name: 'sample.csv' })).error).toBeNull();
    const periods: Period[] = [
      firstMonths(2016, 9),
      firstMonths(2016, 2),
      { from: '2016-02-29', to: '2016-02-29' },
      { from: '2015-12-20', to: '2016-01-10' },
      { from: '2015-03-01', to: '2016-12-31' },
      ...['2016-01-01', '2016-02-29', '2016-03-31', '2016-12-31'].flatMap((today) =>
        PERIOD_PRESETS.map((preset) => presetPeriod(preset, today)),
      ),
    ];
    for (const period of periods) {
      const h = headline(db, period);
      expect(h.comparison).toEqual(yearEarlier(period));
      expect(h.previousPeriod).toEqual(previousPeriod(period));
      expectMatchesIncidents(db, h);
    }
    expect(headline(db, firstMonths(2016, 9)).total).toBeGreaterThan(1000);
  });

  it('refuses bad dates, a reversed period and zones other than UTC, saying why', async () => {
    const db = await storeWith(specCsv());
    const refused = (query: Parameters<typeof headline>[1]): unknown => {
      try {
        headline(db, query);
      } catch (err) {
        return err;
      }
      return null;
    };
    expect(refused({ from: '2015-02-29', to: '2015-03-01' })).toMatchObject({
      code: 'invalid_input',
      message: 'from: "2015-02-29" is not a date in the calendar (YYYY-MM-DD)',
    });
    expect(refused({ from: '2016-10-01', to: '2016-09-30' })).toMatchObject({
      code: 'invalid_input',
      message: 'the period ends (2016-09-30) before it starts (2016-10-01)',
    });
    expect(refused({ from: '2016-01-01', to: '2016-01-31', timeZone: 'Asia/Shanghai' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/counts days in UTC, not Asia\/Shanghai/) as unknown,
    });
    expect(refused({ from: '2016-01-01', to: '2016-01-31', timeZone: 'Nowhere/Land' })).toMatchObject({
      code: 'invalid_input',
      message: '"Nowhere/Land" is not a time zone',
    });
    expect(refused({ from: '0001-06-01', to: '0001-06-30' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/too far back/) as unknown,
    });
    expect(refused({ from: '2016-01-01', to: '2016-01-31', timeZone: 'Etc/UTC' })).toBeNull();
  });
});
