// Shaping a breakdown for its panel: names, colours, the severity scale, and the rest as "Other".
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DIMENSION_COLORS,
  NOT_GIVEN_COLOR,
  OTHERS_COLOR,
  SEVERITY_COLORS,
} from '../../../src/renderer/src/charts/dimensionPalette';
import { CATEGORY_COLORS } from '../../../src/renderer/src/charts/palette';
import { breakdownBars } from '../../../src/renderer/src/dashboard/breakdownBars';
import { i18n } from '../../../src/renderer/src/i18n/instance';
import type { Breakdown } from '../../../src/shared/domain';

const NOT_GIVEN_LABEL = '(not given)';

describe('breakdownBars', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('keeps the largest first, names the empty value, and adds the rest as one bar', () => {
    const breakdown: Breakdown = {
      by: 'region',
      rows: [
        { key: '<b>north</b>', count: 6, share: 0.6 },
        { key: '', count: 2, share: 0.2 },
      ],
      total: 10,
      other: 2,
    };
    expect(breakdownBars(breakdown)).toEqual([
      { key: '<b>north</b>', label: '<b>north</b>', count: 6, share: 0.6, color: DIMENSION_COLORS[0] },
      { key: '', label: NOT_GIVEN_LABEL, count: 2, share: 0.2, color: NOT_GIVEN_COLOR },
      { key: null, label: 'Other (2)', count: 2, share: 0.2, color: OTHERS_COLOR },
    ]);
  });

  it('adds no "Other" bar when every value is listed, and repeats colours past the palette', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ key: `s${String(i)}`, count: 10 - i, share: 0.1 }));
    const bars = breakdownBars({ by: 'source', rows, total: 55, other: 0 });
    expect(bars).toHaveLength(10);
    expect(bars[9]?.color).toBe(DIMENSION_COLORS[0]);
  });

  it('lays severity out as its scale, most severe first, with the ordinal colours', () => {
    const bars = breakdownBars({
      by: 'severity',
      rows: [
        { key: 'low', count: 5, share: 0.5 },
        { key: '', count: 2, share: 0.2 },
        { key: 'critical', count: 1, share: 0.1 },
        { key: 'medium', count: 2, share: 0.2 },
      ],
      total: 10,
      other: 0,
    });
    expect(bars.map((b) => b.label)).toEqual(['Critical', 'Medium', 'Low', NOT_GIVEN_LABEL]);
    expect(bars.map((b) => b.color)).toEqual([
      SEVERITY_COLORS.critical,
      SEVERITY_COLORS.medium,
      SEVERITY_COLORS.low,
      NOT_GIVEN_COLOR,
    ]);
  });

  it('names categories and gives them their own colours', () => {
    const bars = breakdownBars({
      by: 'category',
      rows: [{ key: 'phishing', count: 3, share: 1 }],
      total: 3,
      other: 0,
    });
    expect(bars[0]).toMatchObject({ label: 'Phishing', color: CATEGORY_COLORS.phishing });
  });

  it("names values, the empty one and the rest in the window's language", async () => {
    await i18n.changeLanguage('zh');
    const bars = breakdownBars({
      by: 'severity',
      rows: [
        { key: 'critical', count: 1_200, share: 0.6 },
        { key: '', count: 300, share: 0.15 },
      ],
      total: 2_000,
      other: 1_500,
    });
    expect(bars.map((b) => b.label)).toEqual(['特别重大', '（未填写）', '其他（1,500）']);
    const categories = breakdownBars({
      by: 'category',
      rows: [{ key: 'phishing', count: 3, share: 1 }],
      total: 3,
      other: 0,
    });
    expect(categories[0]?.label).toBe('网页仿冒');
  });
});
