import { useTranslation } from 'react-i18next';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '../../../shared/taxonomy';
import { canonicalCategories } from '../app/route';
import { formatCount } from '../format/count';
import { currentLanguage } from '../i18n/instance';
import type { CategoryTotal } from '../hooks/useCategoryTotals';
import { CategorySwatch } from './CategorySwatch';

interface Props {
  selected: readonly CategoryCode[];
  /** Incidents per category in the whole store; only categories that have some are offered. */
  totals: readonly CategoryTotal[] | null;
  onChange: (next: CategoryCode[]) => void;
}

/**
 * Several categories at once, as toggle buttons with their counts. Chips keep taxonomy order so a
 * category is always in the same place; a selected category stays offered even when it has none.
 */
export function CategoryFilter({ selected, totals, onChange }: Props) {
  const { t } = useTranslation(['dashboard', 'common']);
  const zh = currentLanguage() === 'zh';
  const counts = new Map(totals?.map((t) => [t.category, t.count]));
  const offered = CATEGORY_CODES.filter((code) => (counts.get(code) ?? 0) > 0 || selected.includes(code));
  if (offered.length === 0) return null;

  const toggle = (code: CategoryCode): void => {
    onChange(
      selected.includes(code) ? selected.filter((c) => c !== code) : canonicalCategories([...selected, code]),
    );
  };

  return (
    <div className="category-filter" role="group" aria-label={t('categoryFilter.label')}>
      <span className="filter-label" aria-hidden="true">
        {t('categoryFilter.category')}
      </span>
      <button
        type="button"
        className="filter-chip"
        aria-pressed={selected.length === 0}
        onClick={() => {
          onChange([]);
        }}
      >
        {t('common:state.all')}
      </button>
      {offered.map((code) => (
        <button
          key={code}
          type="button"
          className="filter-chip"
          aria-pressed={selected.includes(code)}
          title={t('names', {
            first: zh ? CATEGORIES[code].zh : CATEGORIES[code].en,
            second: zh ? CATEGORIES[code].en : CATEGORIES[code].zh,
          })}
          onClick={() => {
            toggle(code);
          }}
        >
          <CategorySwatch category={code} />
          {zh ? CATEGORIES[code].zh : CATEGORIES[code].en}
          <span className="chip-count">{formatCount(counts.get(code) ?? 0)}</span>
        </button>
      ))}
    </div>
  );
}
