// A top list as bars: one colour for all (the values are names, not categories to tell apart), with
// the name beside each bar. Values are import text: they are only ever drawn as text.
import type { TopDimension, TopValues } from '../../../shared/topValues';
import { DIMENSION_COLORS } from '../charts/dimensionPalette';
import type { BreakdownBar } from './breakdownBars';

/** Where a top list's words are in the catalog (`top.asset.title`): keys are camelCase, codes are not. */
export const TOP_KEYS: Readonly<Record<TopDimension, 'asset' | 'attackerIp'>> = {
  asset: 'asset',
  attacker_ip: 'attackerIp',
};

const TOP_COLORS: Readonly<Record<TopDimension, string>> = {
  asset: DIMENSION_COLORS[0] ?? '#332288',
  attacker_ip: DIMENSION_COLORS[1] ?? '#88ccee',
};

export function topBars(top: TopValues): BreakdownBar[] {
  return top.rows.map((row) => ({
    key: row.value,
    label: row.value,
    count: row.count,
    share: row.share,
    color: TOP_COLORS[top.by],
  }));
}
