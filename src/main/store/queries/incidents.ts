import type { Database, Statement } from 'better-sqlite3';
import type { IncidentRow } from '../../import/row';
import { cached } from '../statements';

export const INSERT_COLUMNS = [
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
   * Stores a row unless its natural key or fingerprint is already stored: its new id, or 0 when it
   * was not stored. `values` holds the values of `columns`, then the row's line in the file (source_row).
   */
  insert: (values: readonly unknown[]) => number;
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
  return {
    columns,
    insert: (values) => {
      const result = statement.run(...values);
      return result.changes === 1 ? Number(result.lastInsertRowid) : 0;
    },
  };
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

export { listIncidents, type ListQuery } from './incidentPages';

export function countIncidents(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n;
}
