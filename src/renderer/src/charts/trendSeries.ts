// A trend as chart series: names and colours for the values of its dimension, a stable stacking
// order, and the long tail of sources, regions or sectors merged into "All others" so the legend stays
// readable. The names of sources, regions and sectors are import text: they are only ever drawn as
// text (canvas labels, table cells), never parsed. Names are in the language given: the window's, or
// the printed report's.
import type { Trend, TrendDimension, TrendGranularity } from '../../../shared/domain';
import { formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { isoWeek, ymd } from '../../../shared/period';
import { SEVERITIES } from '../../../shared/severity';
import { CATEGORY_CODES, isCategoryCode } from '../../../shared/taxonomy';
import { dashboardText } from '../dashboard/dashboardText';
import { valueName } from '../dashboard/valueName';
import { currentLanguage } from '../i18n/instance';
import { DIMENSION_COLORS, NOT_GIVEN_COLOR, OTHERS_COLOR, SEVERITY_COLORS } from './dimensionPalette';
import { CATEGORY_COLORS } from './palette';

export interface ChartSeries {
  /** The stored value, or null for the merged rest. */
  key: string | null;
  label: string;
  color: string;
  /** Which fill motif the series gets (charts/patterns.ts): a category's place in the taxonomy, so it
   * keeps its motif in every chart; else its rank. */
  motif: number;
  counts: number[];
  total: number;
}

export interface TrendSeriesView {
  /** One label per bucket, as the axis shows it. */
  labels: string[];
  series: ChartSeries[];
  /** Per bucket, all series together. */
  totals: number[];
  comparison: number[];
}

/** How many values of a dimension get a colour of their own; the rest are merged. */
export const MAX_OWN_SERIES = DIMENSION_COLORS.length;

/**
 * A bucket named by its kind: 2016-02-29, 2016-W09, 2016-02, 2016 Q1 (2016年第1季度). Days, weeks
 * and months are ISO 8601 notation, read alike in both languages.
 */
export function bucketLabel(
  start: string,
  granularity: TrendGranularity,
  language: Language = currentLanguage(),
): string {
  switch (granularity) {
    case 'day':
      return start;
    case 'week': {
      const { year, week } = isoWeek(start);
      return `${String(year)}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return start.slice(0, 7);
    case 'quarter':
      return dashboardText(language)('trend.quarterBucket', {
        year: start.slice(0, 4),
        quarter: String(Math.floor((ymd(start).month - 1) / 3) + 1),
      });
  }
}

function sum(counts: readonly number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}

function rank(by: TrendDimension, key: string): number {
  if (by === 'category') {
    const i = CATEGORY_CODES.indexOf(key as (typeof CATEGORY_CODES)[number]);
    return i < 0 ? CATEGORY_CODES.length : i;
  }
  // Most severe at the bottom of the stack, the value the source left empty at the top.
  const i = SEVERITIES.indexOf(key as (typeof SEVERITIES)[number]);
  return i < 0 ? -1 : i;
}

export function toTrendSeries(trend: Trend, language: Language = currentLanguage()): TrendSeriesView {
  const { by, granularity } = trend;
  const t = dashboardText(language);
  const notGiven = t('trend.notGiven');
  const labels = trend.buckets.map((b) => bucketLabel(b, granularity, language));
  const totals = trend.buckets.map((_, i) => sum(trend.series.map((s) => s.counts[i] ?? 0)));
  let series: ChartSeries[];
  if (by === 'category') {
    // Taxonomy order, as the monthly chart and the filter chips: a category keeps its place in the stack.
    series = [...trend.series]
      .sort((a, b) => rank(by, a.key) - rank(by, b.key))
      .map((s) => ({
        key: s.key,
        label: valueName(by, s.key, notGiven, language),
        color: isCategoryCode(s.key) ? CATEGORY_COLORS[s.key] : OTHERS_COLOR,
        motif: isCategoryCode(s.key) ? CATEGORY_CODES.indexOf(s.key) : CATEGORY_CODES.length,
        counts: s.counts,
        total: sum(s.counts),
      }));
  } else {
    // The service lists the largest first: the first ones keep a colour, the rest are merged.
    const own = trend.series.slice(
      0,
      trend.series.length > MAX_OWN_SERIES ? MAX_OWN_SERIES - 1 : MAX_OWN_SERIES,
    );
    const rest = trend.series.slice(own.length);
    const ordered = by === 'severity' ? [...own].sort((a, b) => rank(by, b.key) - rank(by, a.key)) : own;
    series = ordered.map((s, i) => ({
      key: s.key,
      label: valueName(by, s.key, notGiven, language),
      // Severity keeps its ordinal scale (as in the severity breakdown); other values go by rank.
      color:
        s.key === ''
          ? NOT_GIVEN_COLOR
          : ((by === 'severity' ? SEVERITY_COLORS[s.key] : undefined) ?? DIMENSION_COLORS[i] ?? OTHERS_COLOR),
      motif: i,
      counts: s.counts,
      total: sum(s.counts),
    }));
    if (rest.length > 0) {
      const counts = trend.buckets.map((_, i) => sum(rest.map((s) => s.counts[i] ?? 0)));
      series.push({
        key: null,
        label: t('trend.allOthers', { n: formatNumber(rest.length, language) }),
        color: OTHERS_COLOR,
        motif: 0,
        counts,
        total: sum(counts),
      });
    }
  }
  return { labels, series, totals, comparison: trend.comparison };
}
