// Pages of the incident table: any filter, any sort field, both directions, by keyset (the cursor holds
// the last row's sort key and id) or from row N (anchors.ts). `total` is counted once per filter and
// store version (totals.ts) and is the same on every page of a filter.
import type { Database } from 'better-sqlite3';
import type { Incident, IncidentPage, SortField } from '../../../shared/domain';
import type { IncidentFilter } from '../../../shared/filter';
import { seekOffset } from './anchors';
import { storeTimeZone } from '../localDay';
import { compileFilter } from './filterSql';
import { decodeCursor, encodeCursor, type KeyValue } from './pageCursor';
import { readOrdered, type ReadFrom } from './keysetRead';
import { pagePlan } from './pagePlan';
import { boundedRead } from './sortBounds';
import { canonicalFilter, countMatching } from './totals';

export interface ListQuery {
  filter: IncidentFilter;
  sort: SortField;
  dir: 'asc' | 'desc';
  limit: number;
  cursor?: string | null | undefined;
  /** Start at this row of the order (ignored when a cursor is given). */
  offset?: number | undefined;
  /** Rows between the anchors of offset jumps (anchors.ts); tests make it small. */
  anchorStep?: number;
}

const INCIDENT_COLUMNS = `id, external_id AS externalId, source, occurred_at AS occurredAt,
  detected_at AS detectedAt, reported_at AS reportedAt, category, category_raw AS categoryRaw, severity, status,
  title, description, asset, asset_ip AS assetIp, attacker_ip AS attackerIp, region, country, sector,
  victim_org AS victimOrg, reporter, tags, import_id AS importId, source_row AS sourceRow`;

export function listIncidents(db: Database, query: ListQuery): IncidentPage {
  const { filter, sort, dir, limit } = query;
  const plain = compileFilter(filter, { zone: storeTimeZone(db) });
  const plan = pagePlan(db, filter, plain, sort, dir, limit);
  const { compiled, start } = boundedRead(db, filter, sort, dir, plain);
  const total = countMatching(db, filter);
  let from: ReadFrom = { key: null, inclusive: false, skip: 0, limit: limit + 1 };
  if (query.cursor) {
    from = { ...from, key: decodeCursor(query.cursor, sort, dir, plan.keys.length) };
  } else if (query.offset !== undefined && query.offset > 0) {
    if (query.offset >= total) return { rows: [], total, nextCursor: null };
    const key = `${canonicalFilter(filter)}:${sort}:${dir}`;
    const seek = seekOffset(db, key, plan, compiled, query.offset, query.anchorStep);
    if (seek.anchor === null) return { rows: [], total, nextCursor: null };
    from = { ...from, key: seek.anchor, inclusive: true, skip: seek.skip };
  } else if (start !== null) {
    from = { ...from, key: start, inclusive: true };
  }
  const keyColumns = plan.keys.map((k, i) => `${k} AS _k${String(i)}`).join(', ');
  const rows = readOrdered(db, plan, compiled, `${INCIDENT_COLUMNS}, ${keyColumns}`, from) as Record<
    string,
    unknown
  >[];
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  const nextCursor =
    hasMore && last !== undefined
      ? encodeCursor(
          sort,
          dir,
          plan.keys.map((_, i) => last[`_k${String(i)}`] as KeyValue),
        )
      : null;
  return { rows: page.map((row) => withoutKeys(row, plan.keys.length)), total, nextCursor };
}

function withoutKeys(row: Record<string, unknown>, size: number): Incident {
  const keys = new Set(Array.from({ length: size }, (_, i) => `_k${String(i)}`));
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.has(key))) as unknown as Incident;
}
