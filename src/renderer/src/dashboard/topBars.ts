// A top list as bars: one colour for all (the values are names, not categories to tell apart), with
// the name beside each bar. Values are import text: they are only ever drawn as text.
import type { TopDimension, TopValues } from '../../../shared/topValues';
import { DIMENSION_COLORS } from '../charts/dimensionPalette';
import type { BreakdownBar } from './breakdownBars';

export const TOP_LABELS: Readonly<Record<TopDimension, { title: string; column: string }>> = {
  asset: { title: 'Top targets', column: 'Target (asset)' },
  attacker_ip: { title: 'Top attacking addresses', column: 'Attacking address' },
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
