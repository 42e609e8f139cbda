// Which kinds of constraint a filter holds: what decides whether the daily aggregates can answer a
// count (they know day, category and one dimension at a time) or the incidents table must.
import type { FacetDimension, IncidentFilter } from '../../../shared/filter';
import type { AggregateDimension } from '../aggregateDimensions';
import { ftsQuery } from './ftsQuery';

/** The filter keys of the dimensions agg_day_dim counts. */
export const DIMENSION_KEYS = {
  severities: 'severity',
  statuses: 'status',
  sources: 'source',
  regions: 'region',
  sectors: 'sector',
} as const satisfies Record<string, AggregateDimension & FacetDimension>;
export type DimensionKey = keyof typeof DIMENSION_KEYS;

/** The filter key each facet constrains. */
export const FACET_FILTER_KEYS = {
  category: 'categories',
  severity: 'severities',
  status: 'statuses',
  source: 'sources',
  region: 'regions',
  sector: 'sectors',
  year: 'years',
  tag: 'tags',
} as const satisfies Record<FacetDimension, keyof IncidentFilter>;

/** The keys of a filter that constrain something (an empty list does not), with their values. */
export function activeEntries(filter: IncidentFilter): [string, unknown][] {
  return Object.entries(filter as Record<string, unknown>).filter(
    ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
}

export interface FilterShape {
  categories: readonly string[] | null;
  /** The dimensions constrained, with their values. */
  dims: { dim: AggregateDimension; values: readonly string[] }[];
  /** Tags, a search or an import: only the incidents table knows these. */
  rowsOnly: boolean;
  /** The filter without the omitted facet, as compileFilter sees it. */
  filter: IncidentFilter;
}

const present = <T>(values: readonly T[] | undefined): values is readonly T[] =>
  values !== undefined && values.length > 0;

/** The filter minus `omit`'s constraint, and what it constrains. */
export function filterShape(filter: IncidentFilter, omit?: FacetDimension): FilterShape {
  const dropped = omit === undefined ? null : FACET_FILTER_KEYS[omit];
  const rest = Object.fromEntries(activeEntries(filter).filter(([key]) => key !== dropped)) as IncidentFilter;
  const dims: FilterShape['dims'] = [];
  for (const [key, dim] of Object.entries(DIMENSION_KEYS)) {
    const values = rest[key as DimensionKey];
    if (present(values)) dims.push({ dim, values });
  }
  const searching = rest.q !== undefined && ftsQuery(rest.q).match !== null;
  return {
    categories: present(rest.categories) ? rest.categories : null,
    dims,
    rowsOnly: present(rest.tags) || searching || rest.importId !== undefined,
    filter: rest,
  };
}
