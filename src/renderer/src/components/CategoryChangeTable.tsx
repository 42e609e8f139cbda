import { useMemo, useState } from 'react';
import type { Headline } from '../../../shared/domain';
import { CATEGORIES, isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';
import { categoryRows, type CategorySortKey, type SortDirection } from '../dashboard/categoryRows';
import { formatCount } from '../format/count';
import { CategorySwatch } from './CategorySwatch';
import { ChangeValue } from './ChangeValue';
import { SortableColumnHeader } from './SortableColumnHeader';

const SORTABLE: readonly { key: CategorySortKey; label: string }[] = [
  { key: 'count', label: 'Count' },
  { key: 'yoyPct', label: 'YoY' },
  { key: 'changePct', label: 'Change' },
];

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
  const [sort, setSort] = useState<{ key: CategorySortKey; dir: SortDirection }>({
    key: 'count',
    dir: 'desc',
  });
  const rows = useMemo(() => categoryRows(headline, sort.key, sort.dir), [headline, sort]);
  const header = (key: CategorySortKey) => {
    const column = SORTABLE.find((c) => c.key === key);
    return (
      <SortableColumnHeader
        label={column?.label ?? key}
        className="num"
        sorted={sort.key === key ? sort.dir : null}
        onSort={() => {
          setSort((s) => ({ key, dir: s.key === key && s.dir === 'desc' ? 'asc' : 'desc' }));
        }}
      />
    );
  };

  return (
    <table className="data-table change-table" data-testid="category-change-table">
      <caption>By category</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          {header('count')}
          <th scope="col" className="num" title="The same dates one year earlier">
            Year earlier
          </th>
          {header('yoyPct')}
          <th scope="col" className="num" title="The period of equal length just before">
            Period before
          </th>
          {header('changePct')}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          // A code the taxonomy no longer lists is still counted, and shown as stored.
          const name = isCategoryCode(row.category) ? CATEGORIES[row.category].en : row.category;
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
                      ? `Stop filtering the dashboard by ${name}`
                      : `Filter the dashboard by ${name}`
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
            Total
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
