// Shaping a trend for the chart: names, colours, stacking order, and the long tail merged.
import { describe, expect, it } from 'vitest';
import {
  DIMENSION_COLORS,
  NOT_GIVEN_COLOR,
  OTHERS_COLOR,
} from '../../../src/renderer/src/charts/dimensionPalette';
import { CATEGORY_COLORS } from '../../../src/renderer/src/charts/palette';
import { bucketLabel, MAX_OWN_SERIES, toTrendSeries } from '../../../src/renderer/src/charts/trendSeries';
import type { Trend } from '../../../src/shared/domain';

const base = {
  period: { from: '2016-01-01', to: '2016-01-31' },
  buckets: ['2016-01-01', '2016-01-02'],
  comparison: [3, 4],
};

describe('toTrendSeries', () => {
  it('stacks categories in taxonomy order with their own colours and names', () => {
    const trend: Trend = {
      ...base,
      granularity: 'day',
      by: 'category',
      series: [
        { key: 'phishing', counts: [5, 1] },
        { key: 'malware', counts: [1, 0] },
      ],
    };
    const view = toTrendSeries(trend);
    expect(view.labels).toEqual(['2016-01-01', '2016-01-02']);
    expect(view.series.map((s) => [s.key, s.label, s.color, s.total])).toEqual([
      ['malware', 'Malware infection', CATEGORY_COLORS.malware, 1],
      ['phishing', 'Phishing', CATEGORY_COLORS.phishing, 6],
    ]);
    expect(view.totals).toEqual([6, 1]);
    expect(view.comparison).toEqual([3, 4]);
  });

  it('stacks severities from critical up, and names the empty value', () => {
    const trend: Trend = {
      ...base,
      granularity: 'day',
      by: 'severity',
      series: [
        { key: 'low', counts: [5, 5] },
        { key: '', counts: [2, 2] },
        { key: 'critical', counts: [1, 0] },
      ],
    };
    const view = toTrendSeries(trend);
    expect(view.series.map((s) => s.label)).toEqual(['Critical', 'Low', 'Not given']);
    expect(view.series[2]?.color).toBe(NOT_GIVEN_COLOR);
  });

  it('merges what is beyond the palette into "All others", leaving untrusted names as they are', () => {
    const series = Array.from({ length: 12 }, (_, i) => ({
      key: `<b>region ${String(i)}</b>`,
      counts: [12 - i, 0],
    }));
    const view = toTrendSeries({ ...base, granularity: 'day', by: 'region', series });
    expect(view.series).toHaveLength(MAX_OWN_SERIES);
    expect(view.series[0]).toMatchObject({ label: '<b>region 0</b>', color: DIMENSION_COLORS[0] });
    expect(view.series.at(-1)).toMatchObject({
      key: null,
      label: 'All others (4)',
      color: OTHERS_COLOR,
      counts: [10, 0],
    });
    expect(view.totals).toEqual([78, 0]);
  });

  it('names series in the language asked for, as the printed report does', () => {
    const view = toTrendSeries(
      {
        ...base,
        granularity: 'day',
        by: 'severity',
        series: [
          { key: 'high', counts: [1, 1] },
          { key: '', counts: [1, 0] },
        ],
      },
      'zh',
    );
    expect(view.series.map((s) => s.label)).toEqual(['重大', '未填写']);
    const categories = toTrendSeries(
      { ...base, granularity: 'day', by: 'category', series: [{ key: 'malware', counts: [1, 0] }] },
      'zh',
    );
    expect(categories.series[0]?.label).toBe('恶意程序');
    const regions = Array.from({ length: 12 }, (_, i) => ({ key: `r${String(i)}`, counts: [1, 0] }));
    expect(
      toTrendSeries({ ...base, granularity: 'day', by: 'region', series: regions }, 'zh').series.at(-1)
        ?.label,
    ).toBe('其他（4 项）');
  });
});

describe('bucketLabel', () => {
  it('names days, ISO weeks, months and quarters', () => {
    expect(bucketLabel('2015-12-28', 'week')).toBe('2015-W53');
    expect(bucketLabel('2016-01-04', 'week')).toBe('2016-W01');
    expect(bucketLabel('2016-02-01', 'month')).toBe('2016-02');
    expect(bucketLabel('2016-10-01', 'quarter')).toBe('2016 Q4');
    expect(bucketLabel('2016-02-29', 'day')).toBe('2016-02-29');
  });

  it('names quarters as Chinese writes them, and leaves ISO weeks, months and days as they are', () => {
    expect(bucketLabel('2016-10-01', 'quarter', 'zh')).toBe('2016年第4季度');
    expect(bucketLabel('2016-01-04', 'week', 'zh')).toBe('2016-W01');
    expect(bucketLabel('2016-02-01', 'month', 'zh')).toBe('2016-02');
  });
});
