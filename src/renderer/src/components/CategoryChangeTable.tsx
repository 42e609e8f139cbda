import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Headline } from '../../../shared/domain';
import { categoryName } from '../../../shared/i18n/format';
import { isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';
import { categoryRows, type CategorySortKey, type SortDirection } from '../dashboard/categoryRows';
import { formatCount } from '../format/count';
import { currentLanguage } from '../i18n/instance';
import { CategorySwatch } from './CategorySwatch';
import { ChangeValue } from './ChangeValue';
import { SortableColumnHeader } from './SortableColumnHeader';

/** The sortable columns' headings in the catalog (`categoryTable.count`). */
const SORTABLE: Readonly<Record<CategorySortKey, 'count' | 'yoy' | 'change'>> = {
  count: 'count',
  yoyPct: 'yoy',
  changePct: 'change',
};

interface Props {
  headline: Headline;
  /** The dashboard's category filter: a row in it shows as pressed. */
  selected: readonly CategoryCode[];
  /** A category clicked: it joins the dashboard's filter, or leaves it (cross-filtering). */
  onToggle: (category: CategoryCode) => void;
}

/**
 * The headline per category: the period, a year earlier, the period before, and the changes; sorted
 * by count or by a change (largest first on the first click, which is what an analyst looks for).
 */
export function CategoryChangeTable({ headline, selected, onToggle }: Props) {
  const { t } = useTranslation(['dashboard', 'common']);
  const language = currentLanguage();
  const [sort, setSort] = useState<{ key: CategorySortKey; dir: SortDirection }>({
    key: 'count',
    dir: 'desc',
  });
  const rows = useMemo(() => categoryRows(headline, sort.key, sort.dir), [headline, sort]);
  const header = (key: CategorySortKey) => (
    <SortableColumnHeader
      label={t(`categoryTable.${SORTABLE[key]}`)}
      className="num"
      sorted={sort.key === key ? sort.dir : null}
      onSort={() => {
        setSort((s) => ({ key, dir: s.key === key && s.dir === 'desc' ? 'asc' : 'desc' }));
      }}
    />
  );

  return (
    <table className="data-table change-table" data-testid="category-change-table">
      <caption>{t('categoryTable.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dimension.category')}</th>
          {header('count')}
          <th scope="col" className="num" title={t('categoryTable.yearEarlierHint')}>
            {t('categoryTable.yearEarlier')}
          </th>
          {header('yoyPct')}
          <th scope="col" className="num" title={t('categoryTable.periodBeforeHint')}>
            {t('categoryTable.periodBefore')}
          </th>
          {header('changePct')}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          // A code the taxonomy no longer lists is still counted, and shown as stored.
          const name = categoryName(row.category, language);
          return (
            <tr key={row.category} data-testid="category-change-row" data-category={row.category}>
              <th scope="row" className="row-head">
                {/* A button rather than the row: one keyboard stop, and its pressed state is read out. */}
                <button
                  type="button"
                  className="category-toggle"
                  aria-pressed={selected.includes(row.category)}
                  data-testid="category-toggle"
                  data-category={row.category}
                  title={
                    selected.includes(row.category)
                      ? t('categoryTable.stopFilterBy', { name })
                      : t('categoryTable.filterBy', { name })
                  }
                  onClick={() => {
                    onToggle(row.category);
                  }}
                >
                  {isCategoryCode(row.category) ? <CategorySwatch category={row.category} /> : null}
                  <span>{name}</span>
                </button>
              </th>
              <td className="num">{formatCount(row.count)}</td>
              <td className="num muted-num">{formatCount(row.previous)}</td>
              <td className="num">
                <ChangeValue pct={row.yoyPct} />
              </td>
              <td className="num muted-num">{formatCount(row.previousPeriodCount)}</td>
              <td className="num">
                <ChangeValue pct={row.changePct} />
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="row-head">
            {t('common:state.total')}
          </th>
          <td className="num">{formatCount(headline.total)}</td>
          <td className="num">{formatCount(headline.previous)}</td>
          <td className="num">
            <ChangeValue pct={headline.yoyPct} />
          </td>
          <td className="num">{formatCount(headline.previousPeriodTotal)}</td>
          <td className="num">
            <ChangeValue pct={headline.changePct} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
