// The incident sort fields, as the renderer names them to a reader. The list itself comes from
// shared/domain.ts (never from contract.ts, which builds zod schemas at load time and would pull zod
// into the page); the Record type keeps the names in step with it, and the catalogs hold the words (this
// module stays free of the i18n instance, since the address parser imports it).
import { SORT_FIELDS, type SortField } from '../../../shared/domain';

/** The catalog key naming each sort field ("occurrence time", 发生时间): `t(SORT_FIELD_NAMES[field])`. */
export const SORT_FIELD_NAMES: Readonly<Record<SortField, `incidents:sortField.${SortField}`>> = {
  occurredAt: 'incidents:sortField.occurredAt',
  severity: 'incidents:sortField.severity',
  category: 'incidents:sortField.category',
  source: 'incidents:sortField.source',
  title: 'incidents:sortField.title',
  asset: 'incidents:sortField.asset',
  status: 'incidents:sortField.status',
  id: 'incidents:sortField.id',
  region: 'incidents:sortField.region',
  sector: 'incidents:sortField.sector',
  attackerIp: 'incidents:sortField.attackerIp',
  externalId: 'incidents:sortField.externalId',
  reportedAt: 'incidents:sortField.reportedAt',
  detectedAt: 'incidents:sortField.detectedAt',
  country: 'incidents:sortField.country',
  assetIp: 'incidents:sortField.assetIp',
  victimOrg: 'incidents:sortField.victimOrg',
  reporter: 'incidents:sortField.reporter',
  tags: 'incidents:sortField.tags',
};

const SORT_FIELD_SET: ReadonlySet<string> = new Set(SORT_FIELDS);

export function isSortField(value: string | null): value is SortField {
  return value !== null && SORT_FIELD_SET.has(value);
}
