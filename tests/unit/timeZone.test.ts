// Days in the workstation's time zone: the conversion itself (against Intl, across offset changes), and
// a store switched to another zone counting every figure by that zone's dates, with its aggregates
// rebuilt exactly and kept so through later imports and edits.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headline } from '../../src/main/analysis/headline';
import { topValues } from '../../src/main/analysis/topValues';
import { importFile } from '../../src/main/import/importFile';
import { dayStartInstant, localDay, periodInstants } from '../../src/main/store/localDay';
import { openStore } from '../../src/main/store/open';
import { readSettings, setTimeZone } from '../../src/main/store/queries/settings';
import { aggregatesMatchRows } from './helpers/aggregates';
import { tempDir, tempFile } from './helpers/temp';

/** The date in `zone` as Intl gives it, for comparison. */
function intlDay(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
}

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Europe/Paris',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];

describe('local days', () => {
  it('gives the date Intl gives, in zones with and without summer time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const instant = `${new Date(ms).toISOString().slice(0, 19)}Z`;
          expect(localDay(instant, zone)).toBe(intlDay(ms, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds the instant a day starts, also on days the clocks change', () => {
    // Paris went to summer time at 02:00 on 27 March 2016; New York at 02:00 on 13 March 2016.
    expect(dayStartInstant('2016-03-27', 'Europe/Paris')).toBe('2016-03-26T23:00:00Z');
    expect(dayStartInstant('2016-03-28', 'Europe/Paris')).toBe('2016-03-27T22:00:00Z');
    expect(dayStartInstant('2016-01-01', 'Asia/Shanghai')).toBe('2015-12-31T16:00:00Z');
    expect(dayStartInstant('2016-01-01', 'UTC')).toBe('2016-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 7305, max: 23000 }), fc.constantFrom(...ZONES), (n, zone) => {
        const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
        const start = Date.parse(dayStartInstant(day, zone));
        expect(intlDay(start, zone)).toBe(day);
        expect(intlDay(start - 1000, zone)).not.toBe(day);
      }),
      { numRuns: 500 },
    );
    expect(periodInstants({ from: '9999-12-01', to: '9999-12-31' }, 'UTC').end).toBe('9999-12-31~');
  });
});

describe('a store counting days in Asia/Shanghai', () => {
  it('counts a Beijing New Year morning in the new year, everywhere, and keeps its aggregates exact', async () => {
    const db = openStore(join(tempDir(), 'vigil.db'));
    const csv = [
      'external_id,occurred_at,category,severity,asset',
      // 07:00 in Beijing on 1 January 2016 is 23:00 UTC on 31 December 2015.
      'A1,2016-01-01T07:00:00+08:00,phishing,high,bank.example',
      'A2,2015-12-31T20:00:00+08:00,phishing,low,bank.example',
      'A3,2016-01-01T23:30:00+08:00,ddos,high,gov.example',
    ].join('\n');
    await importFile(db, { path: tempFile('ny.csv', `${csv}\n`), name: 'ny.csv' });
    const jan1 = { from: '2016-01-01', to: '2016-01-01' };
    expect(headline(db, jan1).total).toBe(1);

    expect(db.transaction(() => setTimeZone(db, 'Asia/Shanghai')).immediate()).toBe(true);
    expect(readSettings(db).timeZone).toBe('Asia/Shanghai');
    expect(aggregatesMatchRows(db)).toBe(true);
    // The all-time counts per value have no days: the change leaves them as they were.
    expect(db.prepare('SELECT dim, value, n FROM agg_value ORDER BY dim, value').all()).toEqual([
      { dim: 'asset', value: 'bank.example', n: 2 },
      { dim: 'asset', value: 'gov.example', n: 1 },
    ]);
    expect(headline(db, jan1)).toMatchObject({
      total: 2,
      byCategory: { phishing: { count: 1 }, ddos: { count: 1 } },
    });
    expect(topValues(db, { ...jan1, by: 'asset' }).rows).toEqual([
      { value: 'bank.example', count: 1, share: 0.5 },
      { value: 'gov.example', count: 1, share: 0.5 },
    ]);
    expect(() => headline(db, { ...jan1, timeZone: 'UTC' })).toThrow(
      /counts days in Asia\/Shanghai, not UTC/,
    );

    // Later writes, per row (a small import, an edit) and set-based (bulk), use the same days.
    await importFile(db, {
      path: tempFile('more.csv', 'external_id,occurred_at,category\nB1,2016-01-02T01:00:00+08:00,malware\n'),
      name: 'more.csv',
    });
    db.prepare("UPDATE incidents SET occurred_at = '2016-01-01T17:00:00Z' WHERE external_id = 'A3'").run();
    expect(aggregatesMatchRows(db)).toBe(true);
    expect(headline(db, { from: '2016-01-02', to: '2016-01-02' }).total).toBe(2);

    expect(db.transaction(() => setTimeZone(db, 'Asia/Shanghai')).immediate()).toBe(false);
    expect(() => setTimeZone(db, 'Mars/Olympus')).toThrow(/not a time zone/);
    db.close();
  });
});
