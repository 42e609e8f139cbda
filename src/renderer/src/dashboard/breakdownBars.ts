// A breakdown as bars: a name and a colour per value, the rest past the limit as one "Other" bar.
// Values (sources, regions, sectors) are import text: they are only ever drawn as text. Names are in
// the window's language (categories and severities by their words).
import type { Breakdown, BreakdownDimension } from '../../../shared/domain';
import { SEVERITIES } from '../../../shared/severity';
import { isCategoryCode } from '../../../shared/taxonomy';
import { DIMENSION_COLORS, NOT_GIVEN_COLOR, OTHERS_COLOR, SEVERITY_COLORS } from '../charts/dimensionPalette';
import { CATEGORY_COLORS } from '../charts/palette';
import { formatCount } from '../format/count';
import { currentLanguage } from '../i18n/instance';
import { dashboardText } from './dashboardText';
import { notGivenText, valueName } from './valueName';

export interface BreakdownBar {
  /** The stored value; null for the merged rest. */
  key: string | null;
  label: string;
  count: number;
  /** count / the breakdown's total, 0 to 1. */
  share: number;
  color: string;
}

/** Most severe first; a value outside the scale (none are stored today) after it, not given last. */
function severityRank(key: string): number {
  if (key === '') return SEVERITIES.length + 1;
  const i = SEVERITIES.indexOf(key as (typeof SEVERITIES)[number]);
  return i < 0 ? SEVERITIES.length : SEVERITIES.length - 1 - i;
}

function colorOf(by: BreakdownDimension, key: string, rank: number): string {
  if (key === '') return NOT_GIVEN_COLOR;
  if (by === 'category') return isCategoryCode(key) ? CATEGORY_COLORS[key] : OTHERS_COLOR;
  if (by === 'severity') return SEVERITY_COLORS[key] ?? OTHERS_COLOR;
  // By rank, as the trend chart colours the same values; the name beside each bar identifies it, so a
  // colour repeated past the palette's nine never stands for two values on its own.
  return DIMENSION_COLORS[rank % DIMENSION_COLORS.length] ?? OTHERS_COLOR;
}

export function breakdownBars(breakdown: Breakdown): BreakdownBar[] {
  const { by, total } = breakdown;
  const language = currentLanguage();
  const notGiven = notGivenText(language);
  const ranked = breakdown.rows.map((row, rank): BreakdownBar => ({
    key: row.key,
    label: valueName(by, row.key, notGiven, language),
    count: row.count,
    share: row.share,
    color: colorOf(by, row.key, rank),
  }));
  // Severity reads as a scale, critical at the top; other dimensions stay largest first.
  const bars =
    by === 'severity'
      ? [...ranked].sort((a, b) => severityRank(a.key ?? '') - severityRank(b.key ?? ''))
      : ranked;
  if (breakdown.other > 0) {
    bars.push({
      key: null,
      label: dashboardText(language)('breakdown.other', { n: formatCount(breakdown.other) }),
      count: breakdown.other,
      share: total > 0 ? breakdown.other / total : 0,
      color: OTHERS_COLOR,
    });
  }
  return bars;
}
