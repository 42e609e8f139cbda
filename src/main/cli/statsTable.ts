// The table under `vigil stats`' paragraph: each category's count, a year earlier, the period before,
// and the changes, then the total.
import type { CategoryHeadline, Headline } from '../../shared/domain';
import { categoryName, formatNumber, formatSignedPct } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/message';
import type { CategoryCode } from '../../shared/taxonomy';
import { textTable } from './textTable';

/**
 * "+12.0%", "-3.5%", "0.0%", or n/a (不适用) where there is nothing to compare with. The terminal keeps
 * the ASCII minus in both languages, so a script reading the output sees the same number either way.
 */
export function signedPct(pct: number | null, language: Language): string {
  if (pct === null) return formatSignedPct(null, language);
  return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

export function categoryTable(h: Headline, language: Language): string {
  const t = translator(language);
  const number = (n: number): string => formatNumber(n, language);
  const row = (name: string, c: CategoryHeadline): string[] => [
    name,
    number(c.count),
    number(c.previous),
    signedPct(c.yoyPct, language),
    number(c.previousPeriodCount),
    signedPct(c.changePct, language),
  ];
  // English has always printed the codes --category takes; Chinese reads the taxonomy's names.
  const label = (code: CategoryCode): string => (language === 'en' ? code : categoryName(code, language));
  const codes = Object.keys(h.byCategory) as CategoryCode[];
  return textTable([
    [
      t('cli:stats.table.category'),
      t('cli:stats.table.count'),
      t('cli:stats.table.yearEarlier'),
      t('cli:stats.table.yoy'),
      t('cli:stats.table.periodBefore'),
      t('cli:stats.table.change'),
    ],
    // Keys are in the headline's order: the largest count first.
    ...codes.flatMap((code) => {
      const c = h.byCategory[code];
      return c === undefined ? [] : [row(label(code), c)];
    }),
    row(t('cli:stats.table.total'), {
      count: h.total,
      previous: h.previous,
      yoyPct: h.yoyPct,
      previousPeriodCount: h.previousPeriodTotal,
      changePct: h.changePct,
    }),
  ]);
}
