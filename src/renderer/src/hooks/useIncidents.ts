import type { IncidentPage, SortField } from '../../../shared/domain';
import type { CategoryCode } from '../../../shared/taxonomy';
import { useOperation, type OperationState } from './useOperation';

export interface IncidentQuery {
  categories: readonly CategoryCode[];
  sort: SortField;
  dir: 'asc' | 'desc';
  limit: number;
  /** The keyset cursor of the page; null for the first page. */
  cursor: string | null;
}

/** One page of incidents for a filter and sort order. */
export function useIncidents(query: IncidentQuery): OperationState<IncidentPage> {
  return useOperation('incidents.list', {
    filter: query.categories.length > 0 ? { categories: [...query.categories] } : {},
    sort: query.sort,
    dir: query.dir,
    limit: query.limit,
    cursor: query.cursor,
  });
}
