// What each sort field of the table orders by, and the index that yields rows in that order (migrations 0001, 0008, 0014). Every
// order ends with id, so equal sort values still have one order and keyset paging never skips or
// repeats a row. Grouping columns (severity, category, status, source, region, sector, country, reporter) order by time
// within a value: the same index then serves "this value, newest first", the table's usual filter.
import type { SortField } from '../../../shared/domain';

export interface SortKeys {
  /** SQL expressions over incidents, from a fixed list, the last one always `id`. */
  keys: readonly string[];
  /** The index (migrations 0001 and 0008) whose order is `keys`; null for id (the table's own order). */
  index: string | null;
}

const byTime = (column: string, index: string): SortKeys => ({ keys: [column, 'occurred_at', 'id'], index });

export const SORT_KEYS: Readonly<Record<SortField, SortKeys>> = {
  occurredAt: { keys: ['occurred_at', 'id'], index: 'incidents_occurred' },
  severity: byTime('severity_rank', 'incidents_severity_occurred'),
  category: byTime('category', 'incidents_category_occurred'),
  status: byTime('status', 'incidents_status_occurred'),
  source: byTime('source', 'incidents_source_occurred'),
  region: byTime('region', 'incidents_region_occurred'),
  sector: byTime('sector', 'incidents_sector_occurred'),
  title: { keys: ['title', 'id'], index: 'incidents_title' },
  asset: { keys: ['asset', 'id'], index: 'incidents_asset' },
  attackerIp: { keys: ['attacker_ip', 'id'], index: 'incidents_attacker_ip' },
  externalId: { keys: ['external_id_sort', 'id'], index: 'incidents_external_id' },
  reportedAt: { keys: ['reported_at_sort', 'id'], index: 'incidents_reported' },
  detectedAt: { keys: ['detected_at_sort', 'id'], index: 'incidents_detected' },
  country: byTime('country', 'incidents_country_occurred'),
  reporter: byTime('reporter', 'incidents_reporter_occurred'),
  assetIp: { keys: ['asset_ip', 'id'], index: 'incidents_asset_ip' },
  victimOrg: { keys: ['victim_org', 'id'], index: 'incidents_victim_org' },
  tags: { keys: ['tags', 'id'], index: 'incidents_tags_sort' },
  id: { keys: ['id'], index: null },
};

/** For a filter on one category, the index that serves the text orders that follow the category. */
export const CATEGORY_SORT_INDEXES: Partial<Record<SortField, string>> = {
  title: 'incidents_category_title',
  asset: 'incidents_category_asset',
  attackerIp: 'incidents_category_attacker_ip',
  victimOrg: 'incidents_category_victim_org',
};

/**
 * For a filter on one value of a grouping column, the index that serves both the filter and the
 * time order (region = ? ORDER BY occurred_at): by the filter key of IncidentFilter.
 */
export const VALUE_TIME_INDEXES = {
  categories: 'incidents_category_occurred',
  severities: 'incidents_severity_occurred',
  statuses: 'incidents_status_occurred',
  sources: 'incidents_source_occurred',
  regions: 'incidents_region_occurred',
  sectors: 'incidents_sector_occurred',
} as const;
