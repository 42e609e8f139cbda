// Trends on stores built by importing real files: small ones counted by hand around a year boundary
// and a leap day, and one incident a day for five years, where every bucket SQLite forms must be the
// bucket period.ts names.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataRange } from '../../../src/main/analysis/dataRange';
import { headline } from '../../../src/main/analysis/headline';
import { bucketStart, periodBuckets, trend } from '../../../src/main/analysis/trend';
import { importFile } from '../../../src/main/import/importFile';
import { openStore, type Store } from '../../../src/main/store/open';
import { TREND_GRANULARITIES } from '../../../src/shared/domain';
import { VigilFault } from '../../../src/shared/errors';
import { addDays } from '../../../src/shared/period';
import { tempDir, tempFile } from '../helpers/temp';

let open: Store | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

async function storeWith(csv: string): Promise<Store> {
  open = openStore(join(tempDir(), 'vigil.db'));
  const result = await importFile(open, { path: tempFile('export.csv', csv), name: 'export.csv' });
  expect(result.error).toBeNull();
  expect(result.rejected).toBe(0);
  return open;
}

// [occurred_at, category, severity, source, how many incidents]
type Spec = [string, string, string, string, number][];

function csvOf(spec: Spec): string {
  const lines = ['external_id,occurred_at,category,severity,source,title'];
  let id = 0;
  for (const [at, category, severity, source, n] of spec) {
    for (let i = 0; i < n; i++) {
      lines.push(`T${String(++id)},${at},${category},${severity},${source},incident ${String(id)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// Around the turn of 2015 to 2016. 28 December 2015 is a Monday and starts ISO week 53 of 2015, which
// ends on Sunday 3 January 2016.
const TURN: Spec = [
  ['2015-12-19T12:00:00Z', 'malware', 'low', 'cert', 1], // before every period below
  ['2015-12-20T10:00:00Z', 'malware', 'low', 'cert', 1], // Sunday: the week of 14 December
  ['2015-12-27T23:59:59Z', 'phishing', 'high', 'cert', 2], // Sunday: the week of 21 December
  ['2015-12-28T00:00:00Z', 'malware', 'high', 'honeypot', 3], // Monday: week 53 begins
  ['2016-01-01T07:00:00+08:00', 'malware', 'critical', 'cert', 1], // still 31 December in UTC
  ['2016-01-03T12:00:00Z', 'phishing', '', 'cert', 4], // Sunday: still week 53 of 2015
  ['2016-01-04T00:00:00Z', 'ddos', 'medium', 'cert', 5], // Monday: week 1 of 2016
  ['2016-01-11T00:00:00Z', 'malware', 'low', 'cert', 1], // after the period
  ['2016-02-28T09:00:00Z', 'malware', 'low', 'cert', 2],
  ['2016-02-29T09:00:00Z', 'phishing', 'low', 'cert', 4], // the leap day
  ['2016-03-01T09:00:00Z', 'ddos', 'low', 'cert', 1],
  ['2016-04-01T00:00:00Z', 'ddos', 'low', 'cert', 6],
  // A year earlier.
  ['2014-12-19T12:00:00Z', 'malware', 'low', 'cert', 1],
  ['2014-12-20T12:00:00Z', 'malware', 'low', 'cert', 2],
  ['2015-01-01T00:00:00Z', 'phishing', 'low', 'cert', 3],
  ['2015-01-10T23:59:59Z', 'ddos', 'low', 'cert', 1],
  ['2015-01-11T00:00:00Z', 'ddos', 'low', 'cert', 1],
  ['2015-02-27T10:00:00Z', 'malware', 'low', 'cert', 1],
  ['2015-02-28T10:00:00Z', 'malware', 'low', 'cert', 7],
  ['2015-03-01T10:00:00Z', 'malware', 'low', 'cert', 1],
];

describe('trend', () => {
  it('counts ISO weeks across the turn of the year, with the same dates a year earlier', async () => {
    const db = await storeWith(csvOf(TURN));
    const t = trend(db, { from: '2015-12-20', to: '2016-01-10', granularity: 'week', by: 'category' });
    expect(t).toEqual({
      period: { from: '2015-12-20', to: '2016-01-10' },
      granularity: 'week',
      by: 'category',
      // The first bucket starts before the period; only its Sunday, 20 December, is counted.
      buckets: ['2015-12-14', '2015-12-21', '2015-12-28', '2016-01-04'],
      series: [
        { key: 'phishing', counts: [0, 2, 4, 0] },
        // Five each: ties go by key.
        { key: 'ddos', counts: [0, 0, 0, 5] },
        { key: 'malware', counts: [1, 0, 4, 0] },
      ],
      // 20 Dec 2014; 21–27 Dec 2014; 28 Dec 2014 – 3 Jan 2015; 4–10 Jan 2015.
      comparison: [2, 0, 3, 1],
    });
  });

  it('counts quarters across the turn of the year, each compared on the days the period holds', async () => {
    const db = await storeWith(csvOf(TURN));
    const t = trend(db, { from: '2015-12-20', to: '2016-04-01', granularity: 'quarter', by: 'category' });
    expect(t.buckets).toEqual(['2015-10-01', '2016-01-01', '2016-04-01']);
    expect(t.series).toEqual([
      { key: 'ddos', counts: [0, 6, 6] },
      { key: 'phishing', counts: [2, 8, 0] },
      { key: 'malware', counts: [5, 3, 0] },
    ]);
    // 20–31 Dec 2014; 1 Jan – 31 Mar 2015; 1 Apr 2015.
    expect(t.comparison).toEqual([2, 14, 0]);
    const months = trend(db, { from: '2016-01-01', to: '2016-03-31', granularity: 'month', by: 'category' });
    expect(months.buckets).toEqual(['2016-01-01', '2016-02-01', '2016-03-01']);
    // February 2016 (29 days) compares with 1–28 February 2015.
    expect(months.comparison).toEqual([5, 8, 1]);
  });

  it('compares 29 February with 28 February, as headline does', async () => {
    const db = await storeWith(csvOf(TURN));
    const t = trend(db, { from: '2016-02-27', to: '2016-03-01', granularity: 'day', by: 'category' });
    expect(t.buckets).toEqual(['2016-02-27', '2016-02-28', '2016-02-29', '2016-03-01']);
    expect(t.series).toEqual([
      { key: 'phishing', counts: [0, 0, 4, 0] },
      { key: 'malware', counts: [0, 2, 0, 0] },
      { key: 'ddos', counts: [0, 0, 0, 1] },
    ]);
    expect(t.comparison).toEqual([1, 7, 7, 1]);
    const leapDay = headline(db, { from: '2016-02-29', to: '2016-02-29' });
    expect([leapDay.total, leapDay.previous]).toEqual([4, 7]);
    // The week of the leap day: Monday 22 to Sunday 28 February, then 29 February to 6 March.
    const weeks = trend(db, { from: '2016-02-22', to: '2016-03-06', granularity: 'week', by: 'category' });
    expect(weeks.buckets).toEqual(['2016-02-22', '2016-02-29']);
    expect(weeks.comparison).toEqual([8, 8]);
  });

  it('breaks down by severity and source, with the empty value as its own key', async () => {
    const db = await storeWith(csvOf(TURN));
    const period = { from: '2015-12-20', to: '2016-01-10', granularity: 'week' } as const;
    expect(trend(db, { ...period, by: 'severity' }).series).toEqual([
      { key: 'high', counts: [0, 2, 3, 0] },
      { key: 'medium', counts: [0, 0, 0, 5] },
      { key: '', counts: [0, 0, 4, 0] },
      { key: 'critical', counts: [0, 0, 1, 0] },
      { key: 'low', counts: [1, 0, 0, 0] },
    ]);
    const sources = trend(db, { ...period, by: 'source', categories: ['malware', 'ddos'] });
    expect(sources.series).toEqual([
      { key: 'cert', counts: [1, 0, 1, 5] },
      { key: 'honeypot', counts: [0, 0, 3, 0] },
    ]);
    // The comparison keeps the category filter: 2 malware and 1 ddos, no phishing.
    expect(sources.comparison).toEqual([2, 0, 0, 1]);
  });

  it('gives every bucket of an empty period as zeros', async () => {
    const db = await storeWith(csvOf(TURN));
    const t = trend(db, { from: '2030-01-01', to: '2030-03-31', granularity: 'month', by: 'region' });
    expect(t).toEqual({
      period: { from: '2030-01-01', to: '2030-03-31' },
      granularity: 'month',
      by: 'region',
      buckets: ['2030-01-01', '2030-02-01', '2030-03-01'],
      series: [],
      comparison: [0, 0, 0],
    });
  });

  it('refuses periods it cannot count', async () => {
    const db = await storeWith(csvOf(TURN));
    const refusal = (from: string, to: string): string => {
      try {
        trend(db, { from, to, granularity: 'day', by: 'category' });
      } catch (err) {
        expect(err).toBeInstanceOf(VigilFault);
        return (err as VigilFault).message;
      }
      return 'accepted';
    };
    expect(refusal('2015-02-29', '2015-03-01')).toMatch(/not a date in the calendar/);
    expect(refusal('2016-02-01', '2016-01-31')).toMatch(/ends .* before it starts/);
    expect(refusal('2006-01-01', '2016-02-18')).toMatch(/at most 3700 days/);
    expect(refusal('2006-01-01', '2016-02-17')).toBe('accepted');
    expect(refusal('0001-01-01', '0001-01-02')).toMatch(/too far back/);
  });

  it('forms in SQLite exactly the buckets period.ts names, day after day for five years', async () => {
    const from = '2011-12-24';
    const days: string[] = [];
    for (let day = from; day <= '2017-01-08'; day = addDays(day, 1)) days.push(day);
    const db = await storeWith(csvOf(days.map((day) => [`${day}T12:00:00Z`, 'malware', 'low', 'cert', 1])));
    expect(dataRange(db)).toEqual({ first: from, last: '2017-01-08' });
    for (const granularity of TREND_GRANULARITIES) {
      const period = { from: '2012-01-01', to: '2016-12-31' };
      const t = trend(db, { ...period, granularity, by: 'category' });
      const expected = periodBuckets(period, granularity).map((b) => {
        let n = 0;
        for (let day = b.days.from; day <= b.days.to; day = addDays(day, 1)) n++;
        return n;
      });
      expect(t.buckets, granularity).toEqual(periodBuckets(period, granularity).map((b) => b.start));
      expect(t.series, granularity).toEqual([{ key: 'malware', counts: expected }]);
      for (const day of days.slice(8, -8)) expect(t.buckets).toContain(bucketStart(day, granularity));
    }
  });
});

describe('bucketStart', () => {
  it('starts weeks on Monday, months on the 1st, quarters in January, April, July and October', () => {
    expect(bucketStart('2016-01-03', 'week')).toBe('2015-12-28');
    expect(bucketStart('2016-01-04', 'week')).toBe('2016-01-04');
    expect(bucketStart('2016-02-29', 'week')).toBe('2016-02-29');
    expect(bucketStart('2016-02-29', 'month')).toBe('2016-02-01');
    expect(bucketStart('2016-03-31', 'quarter')).toBe('2016-01-01');
    expect(bucketStart('2016-12-31', 'quarter')).toBe('2016-10-01');
    expect(bucketStart('2016-07-01', 'quarter')).toBe('2016-07-01');
  });
});

describe('dataRange', () => {
  it('is null at both ends for an empty store', () => {
    open = openStore(join(tempDir(), 'vigil.db'));
    expect(dataRange(open)).toEqual({ first: null, last: null });
  });
});
