import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTimeZone, wallClockToUtc, zoneOffsetAt } from '../../../src/main/import/timeZone';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Zones with awkward histories: half-hour and 45-minute offsets, midnight switches, a skipped day,
// a zone that suspends summer time for Ramadan, Ireland's negative-DST encoding, a two-hour switch.
const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'America/Sao_Paulo',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Africa/Casablanca',
  'Europe/Dublin',
  'Antarctica/Troll',
  'America/St_Johns',
];

const oracles = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset at an instant, asked of ICU directly on every call: the slow, obvious way. */
function oracleOffset(zone: string, instant: number): number {
  let formatter = oracles.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    oracles.set(zone, formatter);
  }
  const t = Math.floor(instant / 1000) * 1000;
  const parts = new Map(formatter.formatToParts(t).map((x) => [x.type, Number(x.value)]));
  const get = (type: Intl.DateTimeFormatPartTypes): number => parts.get(type) ?? Number.NaN;
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - t;
}

describe('zoneOffsetAt', () => {
  it('gives the offsets of the zone rules, including local mean time and old summer times', () => {
    expect(zoneOffsetAt('UTC', Date.UTC(2016, 0, 1))).toBe(0);
    expect(zoneOffsetAt('Asia/Shanghai', Date.UTC(2016, 0, 1))).toBe(8 * HOUR);
    expect(zoneOffsetAt('Asia/Shanghai', Date.UTC(1900, 5, 1))).toBe((8 * 3600 + 5 * 60 + 43) * 1000);
    expect(zoneOffsetAt('Asia/Shanghai', Date.UTC(1988, 6, 1))).toBe(9 * HOUR);
    expect(zoneOffsetAt('America/New_York', Date.UTC(2016, 2, 13, 6, 59, 59))).toBe(-5 * HOUR);
    expect(zoneOffsetAt('America/New_York', Date.UTC(2016, 2, 13, 7))).toBe(-4 * HOUR);
    expect(zoneOffsetAt('America/New_York', Date.UTC(2016, 10, 6, 5, 59, 59))).toBe(-4 * HOUR);
    expect(zoneOffsetAt('America/New_York', Date.UTC(2016, 10, 6, 6))).toBe(-5 * HOUR);
    expect(() => zoneOffsetAt('Nowhere/Else', 0)).toThrow(RangeError);
  });

  it('agrees with ICU at any instant in awkward zones (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }),
        (zone, seconds) => {
          const instant = seconds * 1000;
          expect(zoneOffsetAt(zone, instant)).toBe(oracleOffset(zone, instant));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('wallClockToUtc', () => {
  it('is the identity for UTC under any of its names', () => {
    for (const zone of ['UTC', 'utc', 'Etc/UTC', 'GMT', 'Etc/GMT']) {
      expect(wallClockToUtc(zone)(Date.UTC(2016, 5, 1, 12))).toBe(Date.UTC(2016, 5, 1, 12));
    }
  });

  it('moves a midnight that never was (São Paulo started summer time at 00:00) forward', () => {
    const toUtc = wallClockToUtc('America/Sao_Paulo');
    expect(toUtc(Date.UTC(2016, 9, 16, 0, 0))).toBe(Date.UTC(2016, 9, 16, 3, 0));
    expect(toUtc(Date.UTC(2016, 9, 16, 1, 0))).toBe(Date.UTC(2016, 9, 16, 3, 0));
    expect(toUtc(Date.UTC(2016, 9, 15, 23, 59))).toBe(Date.UTC(2016, 9, 16, 2, 59));
  });

  it('refuses an unknown zone', () => {
    expect(() => wallClockToUtc('Nowhere/Else')).toThrow(RangeError);
    expect(() => wallClockToUtc('')).toThrow(RangeError);
    expect(isValidTimeZone('Nowhere/Else')).toBe(false);
  });

  it('gives the instant that shows the wall time, the earlier of two, or the gap moved forward (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1901, 0, 1) / 60_000, max: Date.UTC(2099, 0, 1) / 60_000 }),
        (zone, minutes) => {
          const wall = minutes * 60_000;
          const before = oracleOffset(zone, wall - DAY);
          const after = oracleOffset(zone, wall + DAY);
          const readings = [before, after]
            .map((offset) => ({ offset, instant: wall - offset }))
            .filter((r) => oracleOffset(zone, r.instant) === r.offset)
            .map((r) => r.instant);
          const expected = readings.length > 0 ? Math.min(...readings) : wall - before;
          expect(wallClockToUtc(zone)(wall)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('stays right around every New York switch from 1970 to 2037, walked minute by minute', () => {
    const toUtc = wallClockToUtc('America/New_York');
    let checked = 0;
    for (let year = 1970; year <= 2037; year++) {
      for (const month of [2, 3, 9, 10]) {
        // Sundays of the months in which US clocks have changed, hour by hour from 00:00 to 04:00.
        for (let day = 1; day <= 30; day++) {
          const date = Date.UTC(year, month, day);
          if (new Date(date).getUTCDay() !== 0) continue;
          for (let m = 0; m <= 4 * 60; m += 15) {
            const wall = date + m * 60_000;
            const got = toUtc(wall);
            const shown = got + oracleOffset('America/New_York', got);
            // Either the wall time itself, or a wall time that did not exist, moved forward by an hour.
            expect(shown === wall || shown === wall + HOUR).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
