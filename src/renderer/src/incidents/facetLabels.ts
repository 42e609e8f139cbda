// How a facet's values read: category names as everywhere in the app, "(not given)" for a value the
// export left empty, codes as words, all in the window's language. The order values are listed in:
// fixed scales in their own order, years newest first, everything else as counted (most incidents first).
import { STATUSES } from '../../../shared/domain';
import type { FacetDimension, FacetValue } from '../../../shared/filter';
import { categoryName } from '../../../shared/i18n/format';
import { currentLanguage, i18n } from '../i18n/instance';
import { SEVERITY_VALUES } from './hashCodec';
import { severityName, statusWord } from './codeWords';

export function facetTitle(dimension: FacetDimension): string {
  return i18n.t(`incidents:facets.title.${dimension}`);
}

export function notGiven(): string {
  return i18n.t('common:state.notGiven');
}

export function facetLabel(dimension: FacetDimension, value: string): string {
  if (value === '') return notGiven();
  if (dimension === 'category') return categoryName(value, currentLanguage());
  if (dimension === 'severity') return severityName(value);
  if (dimension === 'status') return statusWord(value);
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
