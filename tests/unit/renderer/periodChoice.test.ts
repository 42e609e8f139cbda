// The dashboard's period: the default on a store of old exports, and how the bar names a period.
import { describe, expect, it } from 'vitest';
import {
  autoGranularity,
  choiceOf,
  defaultPeriod,
  latestDataPeriod,
} from '../../../src/renderer/src/dashboard/periodChoice';

describe('the default period', () => {
  it('is this year to date when the data reaches this year', () => {
    expect(defaultPeriod('2026-03-02', '2026-05-10')).toEqual({ from: '2026-01-01', to: '2026-05-10' });
    expect(defaultPeriod('2026-01-01', '2026-05-10')).toEqual({ from: '2026-01-01', to: '2026-05-10' });
    expect(defaultPeriod(null, '2026-05-10')).toEqual({ from: '2026-01-01', to: '2026-05-10' });
  });

  it('is the latest year with data, to its last day, when the data ends before this year', () => {
    expect(defaultPeriod('2016-12-31', '2026-05-10')).toEqual({ from: '2016-01-01', to: '2016-12-31' });
    expect(defaultPeriod('2025-12-31', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(latestDataPeriod('2016-03-20', '2026-05-10')).toEqual({ from: '2016-01-01', to: '2016-03-20' });
    expect(latestDataPeriod('2026-01-01', '2026-05-10')).toBeNull();
  });
});

describe('naming a period', () => {
  const today = '2026-05-10';
  it('recognizes the presets, ending today', () => {
    expect(choiceOf({ from: '2026-05-04', to: today }, today, today)).toEqual({
      kind: 'preset',
      preset: 'this_week',
    });
    expect(choiceOf({ from: '2026-04-11', to: today }, today, today)).toEqual({
      kind: 'preset',
      preset: 'last_30_days',
    });
    expect(choiceOf({ from: '2026-01-01', to: today }, today, today)).toEqual({
      kind: 'preset',
      preset: 'year_to_date',
    });
  });

  it('recognizes the latest data, whole first months of a year, and otherwise says custom', () => {
    expect(choiceOf({ from: '2016-01-01', to: '2016-03-20' }, today, '2016-03-20')).toEqual({
      kind: 'latest',
    });
    expect(choiceOf({ from: '2016-01-01', to: '2016-09-30' }, today, '2016-12-31')).toEqual({
      kind: 'first_months',
      year: 2016,
      months: 9,
    });
    expect(choiceOf({ from: '2016-01-01', to: '2016-02-29' }, today, null)).toEqual({
      kind: 'first_months',
      year: 2016,
      months: 2,
    });
    expect(choiceOf({ from: '2016-01-01', to: '2016-02-28' }, today, null)).toEqual({ kind: 'custom' });
    expect(choiceOf({ from: '2016-02-01', to: '2016-09-30' }, today, null)).toEqual({ kind: 'custom' });
  });
});

describe('the automatic granularity', () => {
  it('keeps the number of bars readable', () => {
    expect(autoGranularity({ from: '2016-01-01', to: '2016-01-31' })).toBe('day');
    expect(autoGranularity({ from: '2016-01-01', to: '2016-03-31' })).toBe('week');
    expect(autoGranularity({ from: '2016-01-01', to: '2016-12-31' })).toBe('month');
    expect(autoGranularity({ from: '2010-01-01', to: '2016-12-31' })).toBe('quarter');
  });
});
