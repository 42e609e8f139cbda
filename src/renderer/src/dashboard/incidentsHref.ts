// The incidents table's address for what a dashboard panel shows: the dashboard's categories and
// period, and the value a bar or row stands for. Opening it lists exactly the incidents counted there.
import type { BreakdownDimension } from '../../../shared/domain';
import type { Period } from '../../../shared/period';
import { SEVERITIES } from '../../../shared/severity';
import type { CategoryCode } from '../../../shared/taxonomy';
import type { TopDimension } from '../../../shared/topValues';
import { formatRoute, incidentsRoute } from '../app/route';
import type { SeverityValue, TableParams } from '../incidents/hashCodec';

export function incidentsHref(
  categories: readonly CategoryCode[],
  period: Period | null,
  narrow: TableParams = {},
): string {
  const route = incidentsRoute([...categories]);
  const table: TableParams = { ...(period === null ? {} : { from: period.from, to: period.to }), ...narrow };
  if (Object.keys(table).length > 0) route.table = table;
  return formatRoute(route);
}

function isSeverityValue(value: string): value is SeverityValue {
  return value === '' || (SEVERITIES as readonly string[]).includes(value);
}

/** The table's filter for one value of a breakdown; null for a value the table cannot filter on. */
export function breakdownFilter(by: BreakdownDimension, key: string): TableParams | null {
  switch (by) {
    case 'category':
      return null;
    case 'severity':
      return isSeverityValue(key) ? { severities: [key] } : null;
    case 'source':
      return { sources: [key] };
    case 'region':
      return { regions: [key] };
    case 'sector':
      return { sectors: [key] };
  }
}

/**
 * The table's filter for one top value: a full-text phrase, the closest the table's filter comes to
 * an exact asset or address (it matches the value's words in that order, wherever they stand).
 */
export function topFilter(_by: TopDimension, value: string): TableParams {
  return { q: `"${value.replaceAll('"', ' ')}"` };
}
