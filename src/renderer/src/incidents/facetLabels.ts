// How a facet's values read: category names as everywhere in the app, "(not given)" for a value the
// export left empty, codes as words. The order values are listed in: fixed scales in their own order,
// years newest first, everything else as counted (most incidents first).
import { STATUSES } from '../../../shared/domain';
import type { FacetDimension, FacetValue } from '../../../shared/filter';
import { CATEGORIES, isCategoryCode } from '../../../shared/taxonomy';
import { codeLabel } from '../format/label';
import { SEVERITY_VALUES } from './hashCodec';

export const FACET_TITLES: Readonly<Record<FacetDimension, string>> = {
  category: 'Category',
  severity: 'Severity',
  status: 'Status',
  source: 'Source',
  region: 'Region',
  sector: 'Sector',
  year: 'Year',
  tag: 'Tag',
};

export const NOT_GIVEN = '(not given)';

export function facetLabel(dimension: FacetDimension, value: string): string {
  if (value === '') return NOT_GIVEN;
  if (dimension === 'category') return isCategoryCode(value) ? CATEGORIES[value].en : value;
  if (dimension === 'severity') return value.charAt(0).toUpperCase() + value.slice(1);
  if (dimension === 'status') return codeLabel(value);
  return value;
}

function fixedOrder(order: readonly string[]) {
  return (a: FacetValue, b: FacetValue): number => order.indexOf(a.value) - order.indexOf(b.value);
}

/**
 * The values to list: those counted, and the selected ones the count no longer has (so a click can
 * still take them out), in the facet's order.
 */
export function facetEntries(
  dimension: FacetDimension,
  counted: readonly FacetValue[],
  selected: readonly string[],
): FacetValue[] {
  const entries = [...counted];
  for (const value of selected) {
    if (!entries.some((entry) => entry.value === value)) entries.push({ value, count: 0 });
  }
  if (dimension === 'severity') return entries.sort(fixedOrder(SEVERITY_VALUES));
  if (dimension === 'status') return entries.sort(fixedOrder(STATUSES));
  if (dimension === 'year') return entries.sort((a, b) => Number(b.value) - Number(a.value));
  return entries;
}
