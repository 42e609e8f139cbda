import { describe, expect, it } from 'vitest';
import { monthRange, toMonthlySeries } from '../../../src/renderer/src/charts/monthlySeries';
import { CATEGORY_COLORS } from '../../../src/renderer/src/charts/palette';
import { CATEGORY_CODES } from '../../../src/shared/taxonomy';

describe('monthly series', () => {
  it('covers every month between the first and the last, across a year end', () => {
    expect(monthRange('2015-11', '2016-02')).toEqual(['2015-11', '2015-12', '2016-01', '2016-02']);
    expect(monthRange('2016-02', '2015-11')).toEqual([]);
  });

  it('fills months without incidents with zero and orders series as the taxonomy does', () => {
    const { months, series } = toMonthlySeries([
      { month: '2016-03', category: 'phishing', count: 2 },
      { month: '2016-01', category: 'ddos', count: 1 },
      { month: '2016-01', category: 'malware', count: 4 },
    ]);
    expect(months).toEqual(['2016-01', '2016-02', '2016-03']);
    expect(series).toEqual([
      { category: 'malware', counts: [4, 0, 0], total: 4 },
      { category: 'phishing', counts: [0, 0, 2], total: 2 },
      { category: 'ddos', counts: [1, 0, 0], total: 1 },
    ]);
  });

  it('is empty without rows', () => {
    expect(toMonthlySeries([])).toEqual({ months: [], series: [] });
  });

  it('has one distinct colour for each of the categories', () => {
    expect(Object.keys(CATEGORY_COLORS).sort()).toEqual([...CATEGORY_CODES].sort());
    expect(new Set(Object.values(CATEGORY_COLORS).map((c) => c.toLowerCase())).size).toBe(
      CATEGORY_CODES.length,
    );
  });
});
