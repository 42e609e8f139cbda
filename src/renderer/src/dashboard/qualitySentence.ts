// The data-quality panel's one-line verdict: how far the dashboard's figures can be trusted, from the
// shares of incidents that lack a category, a source or a region, and the rows imports rejected.
import type { DataQuality } from '../../../shared/domain';
import { sharePct } from '../format/percent';
import { dashboardText, listText } from './dashboardText';

/** Below this share a gap changes no conclusion; above the second, a breakdown may mislead. */
const SMALL = 0.01;
const LARGE = 0.1;

export function rejectedTotal(q: DataQuality): number {
  return q.rejectedBySource.reduce((sum, s) => sum + s.rejected, 0);
}

export function qualitySentence(q: DataQuality): string {
  const t = dashboardText();
  if (q.total === 0) return t('quality.sentence.empty');
  const gaps = [
    { name: t('dimensionInline.category'), share: q.uncategorized.share },
    { name: t('dimensionInline.source'), share: q.withoutSource.share },
    { name: t('dimensionInline.region'), share: q.withoutRegion.share },
  ];
  const worst = gaps.reduce((a, b) => (b.share > a.share ? b : a));
  const rejected = rejectedTotal(q);
  const verdict =
    worst.share < SMALL
      ? t('quality.sentence.asTheyAre')
      : worst.share < LARGE
        ? t('quality.sentence.lowerBounds', {
            dimensions: listText(gaps.filter((g) => g.share >= SMALL).map((g) => g.name)),
          })
        : t('quality.sentence.caution', { dimension: worst.name, share: sharePct(worst.share) });
  const rejects =
    rejected === 0 ? t('quality.sentence.noRejects') : t('quality.sentence.rejects', { count: rejected });
  return t('quality.sentence.whole', { verdict, rejects });
}
