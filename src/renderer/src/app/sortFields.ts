// The incident sort fields, as the renderer names them to a reader. The contract's SORT_FIELDS is not
// imported as a value: contract.ts builds zod schemas at load time and would pull zod into the page.
// The Record type keeps this list exactly in step with the contract's SortField (a missing or extra
// field does not compile).
import type { SortField } from '../../../shared/contract';

export const SORT_FIELD_NAMES: Readonly<Record<SortField, string>> = {
  occurredAt: 'occurrence time',
  severity: 'severity',
  category: 'category',
  source: 'source',
  title: 'title',
  asset: 'asset',
  status: 'status',
  id: 'import order',
};

export function isSortField(value: string | null): value is SortField {
  return value !== null && Object.prototype.hasOwnProperty.call(SORT_FIELD_NAMES, value);
}
