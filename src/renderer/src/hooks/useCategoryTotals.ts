import { useMemo } from 'react';
import type { VigilError } from '../../../shared/errors';
import type { CategoryCode } from '../../../shared/taxonomy';
import { useMonthlyCounts } from './useMonthlyCounts';

export interface CategoryTotal {
  category: CategoryCode;
  count: number;
}

/** How many incidents the store holds per category (all time, no filter), largest first. */
export function useCategoryTotals(): { totals: CategoryTotal[] | null; error: VigilError | null } {
  const { value, error } = useMonthlyCounts([]);
  const totals = useMemo(() => {
    if (value === null) return null;
    const sums = new Map<CategoryCode, number>();
    for (const row of value.rows) sums.set(row.category, (sums.get(row.category) ?? 0) + row.count);
    return [...sums]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  }, [value]);
  return { totals, error };
}
