// The incident sort fields, as the renderer names them to a reader. The list itself comes from
// shared/domain.ts (never from contract.ts, which builds zod schemas at load time and would pull zod
// into the page); the Record type keeps the names in step with it.
import { SORT_FIELDS, type SortField } from '../../../shared/domain';

export const SORT_FIELD_NAMES: Readonly<Record<SortField, string>> = {
  occurredAt: 'occurrence time',
  severity: 'severity',
  category: 'category',
  source: 'source',
  title: 'title',
  asset: 'asset',
  status: 'status',
  id: 'import order',
  region: 'region',
  sector: 'sector',
  attackerIp: 'attacker IP',
  externalId: 'external ID',
  reportedAt: 'report time',
};

const SORT_FIELD_SET: ReadonlySet<string> = new Set(SORT_FIELDS);

export function isSortField(value: string | null): value is SortField {
  return value !== null && SORT_FIELD_SET.has(value);
}
