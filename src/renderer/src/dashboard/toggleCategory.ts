// Cross-filtering: a category clicked in a chart or table joins the dashboard's filter, and clicked
// again leaves it. The result is canonical (taxonomy order, no repeats), as the address keeps it.
import { canonicalCategories } from '../app/route';
import type { CategoryCode } from '../../../shared/taxonomy';

export function toggleCategory(selected: readonly CategoryCode[], category: CategoryCode): CategoryCode[] {
  return selected.includes(category)
    ? selected.filter((code) => code !== category)
    : canonicalCategories([...selected, category]);
}
