// The data-quality panel's one-line verdict: how far the dashboard's figures can be trusted, from the
// shares of incidents that lack a category, a source or a region, and the rows imports rejected.
import type { DataQuality } from '../../../shared/domain';
import { countOf } from '../format/count';
import { sharePct } from '../format/percent';

/** Below this share a gap changes no conclusion; above the second, a breakdown may mislead. */
const SMALL = 0.01;
const LARGE = 0.1;

export function rejectedTotal(q: DataQuality): number {
  return q.rejectedBySource.reduce((sum, s) => sum + s.rejected, 0);
}

export function qualitySentence(q: DataQuality): string {
  if (q.total === 0) return 'No incidents in this period: there is nothing to judge yet.';
  const gaps = [
    { name: 'category', share: q.uncategorized.share },
    { name: 'source', share: q.withoutSource.share },
    { name: 'region', share: q.withoutRegion.share },
  ];
  const worst = gaps.reduce((a, b) => (b.share > a.share ? b : a));
  const rejected = rejectedTotal(q);
  const verdict =
    worst.share < SMALL
      ? 'The figures can be read as they are'
      : worst.share < LARGE
        ? `Read the figures by ${gaps
            .filter((g) => g.share >= SMALL)
            .map((g) => g.name)
            .join(', ')} as lower bounds`
        : `Treat the breakdown by ${worst.name} with caution: ${sharePct(worst.share)} of the incidents have none`;
  const rejects =
    rejected === 0
      ? 'no imported row was rejected.'
      : `${countOf(rejected, 'rejected row')} from imports are in none of the figures.`;
  return `${verdict}; ${rejects}`;
}
