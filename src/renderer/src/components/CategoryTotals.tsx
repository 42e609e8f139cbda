import { CATEGORIES } from '../../../shared/taxonomy';
import { formatRoute } from '../app/route';
import { formatCount } from '../format/count';
import type { CategoryTotal } from '../hooks/useCategoryTotals';
import { CategorySwatch } from './CategorySwatch';

/** The chart's numbers as a table: readable without the canvas, and each category one click from its incidents. */
export function CategoryTotals({ totals }: { totals: readonly CategoryTotal[] }) {
  const sum = totals.reduce((all, t) => all + t.count, 0);
  return (
    <table className="data-table totals-table">
      <caption>Incidents by category</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col" className="num">
            Count
          </th>
          <th scope="col" className="num">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map(({ category, count }) => (
          <tr key={category}>
            <th scope="row" className="row-head">
              <a
                className="category-link"
                href={formatRoute({
                  view: 'incidents',
                  categories: [category],
                  sort: 'occurredAt',
                  dir: 'desc',
                })}
                title={`Show the ${CATEGORIES[category].en} incidents`}
              >
                <CategorySwatch category={category} />
                {CATEGORIES[category].en}
              </a>
            </th>
            <td className="num">{formatCount(count)}</td>
            <td className="num">{sum > 0 ? `${((count / sum) * 100).toFixed(1)}%` : '–'}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="row-head">
            Total
          </th>
          <td className="num">{formatCount(sum)}</td>
          <td className="num">100%</td>
        </tr>
      </tfoot>
    </table>
  );
}
