// Which incidents a filter names, as a condition over `incidents` for the writes and the export
// (triage over "every match", export), compiled by the table's one filter compiler.
import type { IncidentFilter } from '../../../shared/filter';
import type { Database } from 'better-sqlite3';
import { storeTimeZone } from '../localDay';
import { compileFilter } from './filterSql';

export interface FilterSql {
  /** A parenthesized boolean SQL expression over the columns of incidents; never text from a caller. */
  where: string;
  params: unknown[];
}

export function filterCondition(db: Database, filter: IncidentFilter): FilterSql {
  const { where, params } = compileFilter(filter, { zone: storeTimeZone(db) });
  return { where: where.trim() === '' ? '1' : `(${where})`, params };
}
