// The headline's categories as table rows, sorted by a column the analyst picks. A change that cannot
// be computed ("n/a": nothing to compare with) sorts after every number, whichever the direction, so
// the largest rises and falls stay at the top.
import type { CategoryHeadline, Headline } from '../../../shared/domain';
import type { CategoryCode } from '../../../shared/taxonomy';

export type CategorySortKey = 'count' | 'yoyPct' | 'changePct';
export type SortDirection = 'asc' | 'desc';

export interface CategoryRow extends CategoryHeadline {
  category: CategoryCode;
}

export function categoryRows(h: Headline, key: CategorySortKey, dir: SortDirection): CategoryRow[] {
  // The headline's own order (largest count first, then taxonomy order) breaks ties.
  const rows = (Object.keys(h.byCategory) as CategoryCode[]).flatMap((category) => {
    const figures = h.byCategory[category];
    return figures === undefined ? [] : [{ category, ...figures }];
  });
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => {
      const x = a.row[key];
      const y = b.row[key];
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.order - b.order;
      return sign * (x - y) || a.order - b.order;
    })
    .map(({ row }) => row);
}
