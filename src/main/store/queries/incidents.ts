import type { Database, Statement } from 'better-sqlite3';
import type { Incident, IncidentPage } from '../../../shared/domain';
import type { SortField } from '../../../shared/contract';
import type { CategoryCode } from '../../../shared/taxonomy';
import { VigilFault } from '../../../shared/errors';
import type { IncidentRow } from '../../import/row';
import { cached } from '../statements';

const INSERT_COLUMNS = [
  'external_id',
  'source',
  'fingerprint',
  'occurred_at',
  'detected_at',
  'reported_at',
  'closed_at',
  'category',
  'category_raw',
  'subcategory',
  'severity',
  'status',
  'tlp',
  'title',
  'description',
  'asset',
  'asset_ip',
  'attacker_ip',
  'region',
  'country',
  'sector',
  'victim_org',
  'reporter',
  'tags',
  'notes',
  'extra',
] as const;

export type InsertColumn = (typeof INSERT_COLUMNS)[number];

/** A prepared insert of one import's rows, and the columns (in order) whose values it binds. */
export interface IncidentInsert {
  columns: readonly InsertColumn[];
  /**
   * Stores a row unless its natural key or fingerprint is already stored; true when it was stored.
   * `values` holds the values of `columns`, then the row's line in the file (source_row).
   */
  insert: (values: readonly unknown[]) => boolean;
}

/**
 * A prepared insert for one import: its id and time are literals in the statement, and the columns
 * `constant` names (fields the file does not map, so always '' or NULL) are left to their defaults.
 * Binding costs per parameter (each string is converted to UTF-8): measured, 30 parameters per row
 * took 20% longer than the 13 a ten-column export needs.
 */
export function prepareInsertIncident(
  db: Database,
  importId: number,
  now: string,
  constant: ReadonlySet<InsertColumn> = new Set(),
): IncidentInsert {
  const columns = INSERT_COLUMNS.filter((column) => !constant.has(column));
  const stamp = `'${now.replaceAll("'", "''")}'`;
  const statement: Statement = db.prepare(
    `INSERT INTO incidents (${columns.join(', ')}, source_row, import_id, created_at, updated_at)
     VALUES (${columns.map(() => '?').join(', ')}, ?, ${String(Math.trunc(importId))}, ${stamp}, ${stamp})
     ON CONFLICT DO NOTHING`,
  );
  return { columns, insert: (values) => statement.run(...values).changes === 1 };
}

/** The stored incident a row that was not inserted repeats: by natural key, else by fingerprint. */
export function findStoredDuplicate(
  db: Database,
  row: Pick<IncidentRow, 'external_id' | 'source' | 'fingerprint'>,
): { id: number; externalId: string | null; title: string; importId: number } | null {
  const found =
    row.external_id !== null
      ? cached(
          db,
          'SELECT id, external_id AS externalId, title, import_id AS importId FROM incidents WHERE source = ? AND external_id = ?',
        ).get(row.source, row.external_id)
      : cached(
          db,
          'SELECT id, external_id AS externalId, title, import_id AS importId FROM incidents WHERE fingerprint = ? AND external_id IS NULL',
        ).get(row.fingerprint);
  return (
    (found as { id: number; externalId: string | null; title: string; importId: number } | undefined) ?? null
  );
}

const SELECT_INCIDENT = `SELECT id, external_id AS externalId, source, occurred_at AS occurredAt,
  detected_at AS detectedAt, reported_at AS reportedAt, category, category_raw AS categoryRaw, severity, status,
  title, description, asset, asset_ip AS assetIp, attacker_ip AS attackerIp, region, country, sector,
  victim_org AS victimOrg, reporter, tags, import_id AS importId, source_row AS sourceRow FROM incidents`;

/** Sort keys by the contract's field names: a fixed list, never text from a caller. */
const SORT_COLUMNS: Readonly<Record<SortField, string>> = {
  occurredAt: 'occurred_at',
  severity: 'severity_rank',
  category: 'category',
  source: 'source',
  title: 'title',
  asset: 'asset',
  status: 'status',
  id: 'id',
};

export interface ListQuery {
  categories?: readonly CategoryCode[];
  sort: SortField;
  dir: 'asc' | 'desc';
  limit: number;
  cursor?: string | null;
}

/**
 * A page of incidents by keyset: the cursor holds the sort value and id of the last row shown, so a
 * page costs the same at row one million as at row one (no OFFSET).
 */
export function listIncidents(db: Database, query: ListQuery): IncidentPage {
  const column = SORT_COLUMNS[query.sort];
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.categories !== undefined && query.categories.length > 0) {
    where.push(`category IN (${query.categories.map(() => '?').join(', ')})`);
    params.push(...query.categories);
  }
  const filterSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const { total } = db.prepare(`SELECT count(*) AS total FROM incidents ${filterSql}`).get(...params) as {
    total: number;
  };

  const pageWhere = [...where];
  const pageParams = [...params];
  const op = query.dir === 'asc' ? '>' : '<';
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    if (column === 'id') {
      pageWhere.push(`id ${op} ?`);
      pageParams.push(after.id);
    } else {
      pageWhere.push(`(${column}, id) ${op} (?, ?)`);
      pageParams.push(after.value, after.id);
    }
  }
  const order = column === 'id' ? `id ${query.dir}` : `${column} ${query.dir}, id ${query.dir}`;
  const extraColumn = column === 'id' ? '' : `, ${column} AS sortValue`;
  const rows = db
    .prepare(
      `${SELECT_INCIDENT.replace(' FROM incidents', `${extraColumn} FROM incidents`)}
       ${pageWhere.length > 0 ? `WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`,
    )
    .all(...pageParams, query.limit + 1) as (Incident & { sortValue?: string | number })[];
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page.at(-1);
  const nextCursor = hasMore && last ? encodeCursor(last.sortValue ?? last.id, last.id) : null;
  return {
    rows: page.map(({ sortValue: _sortValue, ...incident }) => incident),
    total,
    nextCursor,
  };
}

function encodeCursor(value: string | number, id: number): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { value: string | number; id: number } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      Number.isSafeInteger(parsed[1])
    ) {
      return { value: parsed[0], id: parsed[1] as number };
    }
  } catch {
    // fall through to the error below
  }
  throw new VigilFault('invalid_input', 'The page cursor is not one Vigil issued; reload the list.');
}

export function countIncidents(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n;
}
