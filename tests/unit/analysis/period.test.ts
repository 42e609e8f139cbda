// Period arithmetic against hand-computed dates, and against Date.UTC as an independent calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  canonicalTimeZone,
  dayCount,
  daysInMonth,
  firstMonths,
  isIsoDate,
  isoWeek,
  isoWeekday,
  presetPeriod,
  previousPeriod,
  todayIn,
  yearEarlier,
} from '../../../src/shared/period';

describe('calendar dates', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    for (const good of ['2016-02-29', '2000-02-29', '2015-12-31', '0001-01-01', '9999-12-31']) {
      expect(isIsoDate(good), good).toBe(true);
    }
    for (const bad of [
      '2015-02-29',
      '1900-02-29',
      '2016-13-01',
      '2016-00-10',
      '2016-04-31',
      '2016-01-00',
      '2016-1-01',
      '0000-01-01',
      ' 2016-01-01',
      '2016-01-01T00:00:00Z',
      '2016/01/01',
      '',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('knows the days of each month, leap years by the Gregorian rule', () => {
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2015, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2015, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it('adds days across month ends, leap days and year boundaries', () => {
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addDays('2016-01-01', -1)).toBe('2015-12-31');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('2015-03-01', -1)).toBe('2015-02-28');
    expect(addDays('2016-01-31', 29)).toBe('2016-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2016-01-01', 366)).toBe('2017-01-01');
    expect(addDays('2015-01-01', 365)).toBe('2016-01-01');
    expect(addDays('1970-01-01', 146097)).toBe('2370-01-01');
    expect(addDays('2016-09-30', 0)).toBe('2016-09-30');
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('2015-02-29', 1)).toThrow(RangeError);
  });

  it('agrees with Date.UTC on every day from 1600 to 2400', () => {
    const start = Date.UTC(1600, 0, 1);
    const dayMs = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 292_000 }), fc.integer({ min: -2000, max: 2000 }), (n, step) => {
        const date = new Date(start + n * dayMs).toISOString().slice(0, 10);
        const expected = new Date(start + (n + step) * dayMs).toISOString().slice(0, 10);
        expect(addDays(date, step)).toBe(expected);
        if (step >= 0) expect(dayCount({ from: date, to: expected })).toBe(step + 1);
      }),
    );
  });

  it('counts days inclusively and refuses a period that ends before it starts', () => {
    expect(dayCount({ from: '2016-09-30', to: '2016-09-30' })).toBe(1);
    expect(dayCount({ from: '2016-01-01', to: '2016-09-30' })).toBe(274);
    expect(dayCount({ from: '2015-01-01', to: '2015-09-30' })).toBe(273);
    expect(dayCount({ from: '2016-01-01', to: '2016-12-31' })).toBe(366);
    expect(dayCount({ from: '2015-12-25', to: '2016-01-07' })).toBe(14);
    expect(() => dayCount({ from: '2016-01-02', to: '2016-01-01' })).toThrow(RangeError);
  });
});

describe('the same dates one year earlier', () => {
  it('moves both ends back a year', () => {
    expect(yearEarlier({ from: '2016-01-01', to: '2016-09-30' })).toEqual({
      from: '2015-01-01',
      to: '2015-09-30',
    });
    expect(yearEarlier({ from: '2016-12-25', to: '2017-01-07' })).toEqual({
      from: '2015-12-25',
      to: '2016-01-07',
    });
  });

  it('compares 29 February with 28 February, at either end', () => {
    expect(yearEarlier({ from: '2016-02-01', to: '2016-02-29' })).toEqual({
      from: '2015-02-01',
      to: '2015-02-28',
    });
    expect(yearEarlier({ from: '2016-02-29', to: '2016-03-31' })).toEqual({
      from: '2015-02-28',
      to: '2015-03-31',
    });
    expect(yearEarlier({ from: '2016-02-29', to: '2016-02-29' })).toEqual({
      from: '2015-02-28',
      to: '2015-02-28',
    });
    expect(yearEarlier({ from: '2000-02-29', to: '2000-02-29' }).from).toBe('1999-02-28');
  });

  it('keeps the same dates from a common year into a leap year, 29 February left out', () => {
    expect(yearEarlier({ from: '2017-02-01', to: '2017-02-28' })).toEqual({
      from: '2016-02-01',
      to: '2016-02-28',
    });
    expect(yearEarlier({ from: '2017-03-01', to: '2017-03-01' }).from).toBe('2016-03-01');
  });

  it('keeps 29 February between leap years', () => {
    expect(addYears('2016-02-29', -4)).toBe('2012-02-29');
    expect(addYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(addYears('2015-02-28', 1)).toBe('2016-02-28');
  });
});

describe('the previous period of equal length', () => {
  it('ends the day before the period starts and has as many days', () => {
    // 274 days back from 2015-12-31: April has 30 days, so the period starts on 2 April.
    expect(previousPeriod({ from: '2016-01-01', to: '2016-09-30' })).toEqual({
      from: '2015-04-02',
      to: '2015-12-31',
    });
    expect(previousPeriod({ from: '2016-03-01', to: '2016-03-31' })).toEqual({
      from: '2016-01-30',
      to: '2016-02-29',
    });
    expect(previousPeriod({ from: '2015-03-01', to: '2015-03-31' })).toEqual({
      from: '2015-01-29',
      to: '2015-02-28',
    });
    expect(previousPeriod({ from: '2016-01-01', to: '2016-01-01' })).toEqual({
      from: '2015-12-31',
      to: '2015-12-31',
    });
    expect(previousPeriod({ from: '2016-01-01', to: '2016-12-31' })).toEqual({
      from: '2014-12-31',
      to: '2015-12-31',
    });
  });
});

describe('ISO weeks', () => {
  it('starts weeks on Monday', () => {
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('2016-01-01')).toBe(5);
    expect(isoWeekday('2016-02-29')).toBe(1);
    expect(isoWeekday('2017-01-01')).toBe(7);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('puts the days around new year in the week that holds their Thursday', () => {
    expect(isoWeek('2016-01-01')).toEqual({ year: 2015, week: 53 });
    expect(isoWeek('2016-01-03')).toEqual({ year: 2015, week: 53 });
    expect(isoWeek('2016-01-04')).toEqual({ year: 2016, week: 1 });
    expect(isoWeek('2014-12-29')).toEqual({ year: 2015, week: 1 });
    expect(isoWeek('2016-12-31')).toEqual({ year: 2016, week: 52 });
    expect(isoWeek('2017-01-01')).toEqual({ year: 2016, week: 52 });
    expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2021-01-04')).toEqual({ year: 2021, week: 1 });
  });
});

describe('dashboard presets', () => {
  it('this week runs from its Monday to today, across a new year', () => {
    expect(presetPeriod('this_week', '2016-01-01')).toEqual({ from: '2015-12-28', to: '2016-01-01' });
    expect(presetPeriod('this_week', '2016-01-04')).toEqual({ from: '2016-01-04', to: '2016-01-04' });
    expect(presetPeriod('this_week', '2017-01-01')).toEqual({ from: '2016-12-26', to: '2017-01-01' });
  });

  it('this month, this quarter and year to date start on the first day and end today', () => {
    expect(presetPeriod('this_month', '2016-02-29')).toEqual({ from: '2016-02-01', to: '2016-02-29' });
    expect(presetPeriod('this_month', '2016-03-01')).toEqual({ from: '2016-03-01', to: '2016-03-01' });
    expect(presetPeriod('this_quarter', '2016-05-15')).toEqual({ from: '2016-04-01', to: '2016-05-15' });
    expect(presetPeriod('this_quarter', '2016-03-31')).toEqual({ from: '2016-01-01', to: '2016-03-31' });
    expect(presetPeriod('this_quarter', '2016-09-30')).toEqual({ from: '2016-07-01', to: '2016-09-30' });
    expect(presetPeriod('this_quarter', '2016-12-31')).toEqual({ from: '2016-10-01', to: '2016-12-31' });
    expect(presetPeriod('year_to_date', '2016-09-30')).toEqual({ from: '2016-01-01', to: '2016-09-30' });
    expect(presetPeriod('year_to_date', '2016-01-01')).toEqual({ from: '2016-01-01', to: '2016-01-01' });
  });

  it('the last 30 days end today and count 30 days, over February too', () => {
    expect(presetPeriod('last_30_days', '2016-03-01')).toEqual({ from: '2016-02-01', to: '2016-03-01' });
    expect(presetPeriod('last_30_days', '2015-03-01')).toEqual({ from: '2015-01-31', to: '2015-03-01' });
    expect(presetPeriod('last_30_days', '2016-01-15')).toEqual({ from: '2015-12-17', to: '2016-01-15' });
    expect(dayCount(presetPeriod('last_30_days', '2016-03-01'))).toBe(30);
  });

  it('the first N months of a year end on the last day of month N', () => {
    expect(firstMonths(2016, 9)).toEqual({ from: '2016-01-01', to: '2016-09-30' });
    expect(firstMonths(2016, 2)).toEqual({ from: '2016-01-01', to: '2016-02-29' });
    expect(firstMonths(2015, 2)).toEqual({ from: '2015-01-01', to: '2015-02-28' });
    expect(firstMonths(2016, 1)).toEqual({ from: '2016-01-01', to: '2016-01-31' });
    expect(firstMonths(2016, 12)).toEqual({ from: '2016-01-01', to: '2016-12-31' });
    for (const bad of [0, 13, 1.5]) expect(() => firstMonths(2016, bad)).toThrow(RangeError);
  });
});

describe('time zones', () => {
  it('gives the date it is in a zone at an instant', () => {
    const lateUtc = new Date('2016-12-31T23:30:00Z');
    expect(todayIn('UTC', lateUtc)).toBe('2016-12-31');
    expect(todayIn('Asia/Shanghai', lateUtc)).toBe('2017-01-01');
    expect(todayIn('America/New_York', new Date('2016-03-01T03:00:00Z'))).toBe('2016-02-29');
    expect(todayIn('Pacific/Kiritimati', new Date('2016-12-31T10:00:00Z'))).toBe('2017-01-01');
  });

  it('names a zone as the runtime does, or null for an unknown one', () => {
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('Etc/UTC')).toBe('UTC');
    expect(canonicalTimeZone('Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
  });
});
