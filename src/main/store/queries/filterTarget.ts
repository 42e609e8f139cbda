// Which incidents a filter names, as a condition over `incidents` for the writes and the export
// (triage over "every match", export), compiled by the table's one filter compiler.
import type { IncidentFilter } from '../../../shared/filter';
import { compileFilter } from './filterSql';

export interface FilterSql {
  /** A parenthesized boolean SQL expression over the columns of incidents; never text from a caller. */
  where: string;
  params: unknown[];
}

export function filterCondition(filter: IncidentFilter): FilterSql {
  const { where, params } = compileFilter(filter);
  return { where: where.trim() === '' ? '1' : `(${where})`, params };
}
