// From the address to the filter the services take, and the edits the facets, the search box and the
// date range make to the address. Every edit goes through withTable, which drops empty lists, so a
// facet emptied by clicks leaves no trace in the address.
import { STATUSES } from '../../../shared/domain';
import type { FacetDimension, IncidentFilter } from '../../../shared/filter';
import { canonicalCategories, type IncidentsRoute } from '../app/route';
import { normalTableParams, SEVERITY_VALUES, type TableParams } from './hashCodec';

/** The services' filter for a route: the same constraints, nothing about sort or columns. */
export function routeFilter(route: IncidentsRoute): IncidentFilter {
  const t = route.table ?? {};
  const filter: IncidentFilter = {};
  if (route.categories.length > 0) filter.categories = [...route.categories];
  if (t.severities) filter.severities = [...t.severities];
  if (t.statuses) filter.statuses = [...t.statuses];
  if (t.sources) filter.sources = [...t.sources];
  if (t.regions) filter.regions = [...t.regions];
  if (t.sectors) filter.sectors = [...t.sectors];
  if (t.years) filter.years = [...t.years];
  if (t.tags) filter.tags = [...t.tags];
  if (t.from !== undefined) filter.from = t.from;
  if (t.to !== undefined) filter.to = t.to;
  if (t.q !== undefined) filter.q = t.q;
  if (t.importId !== undefined) filter.importId = t.importId;
  return filter;
}

/** True when the route filters anything (an empty table then means "none match", not "no data"). */
export function isFiltered(route: IncidentsRoute): boolean {
  return Object.keys(routeFilter(route)).length > 0;
}

/** The route with some of its table parameters replaced, in canonical form. */
export function withTable(route: IncidentsRoute, patch: Partial<TableParams>): IncidentsRoute {
  const table = normalTableParams({ ...route.table, ...patch });
  const next: IncidentsRoute = {
    view: 'incidents',
    categories: route.categories,
    sort: route.sort,
    dir: route.dir,
  };
  if (table !== undefined) next.table = table;
  return next;
}

/** The values of one facet the route has selected, as the facet counts name them. */
export function selectedValues(route: IncidentsRoute, dimension: FacetDimension): string[] {
  const t = route.table ?? {};
  switch (dimension) {
    case 'category':
      return route.categories;
    case 'severity':
      return t.severities ?? [];
    case 'status':
      return t.statuses ?? [];
    case 'source':
      return t.sources ?? [];
    case 'region':
      return t.regions ?? [];
    case 'sector':
      return t.sectors ?? [];
    case 'year':
      return (t.years ?? []).map(String);
    case 'tag':
      return t.tags ?? [];
  }
}

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** Clicking a facet value: adds it to the facet's selection, or takes it out when it is there. */
export function toggleFacetValue(
  route: IncidentsRoute,
  dimension: FacetDimension,
  value: string,
): IncidentsRoute {
  const next = toggled(selectedValues(route, dimension), value);
  switch (dimension) {
    case 'category':
      return { ...route, categories: canonicalCategories(next) };
    case 'severity':
      return withTable(route, { severities: SEVERITY_VALUES.filter((v) => next.includes(v)) });
    case 'status':
      return withTable(route, { statuses: STATUSES.filter((v) => next.includes(v)) });
    case 'source':
      return withTable(route, { sources: next });
    case 'region':
      return withTable(route, { regions: next });
    case 'sector':
      return withTable(route, { sectors: next });
    case 'year':
      return withTable(route, { years: next.map(Number) });
    case 'tag':
      return withTable(route, { tags: next });
  }
}

/** The route without any filter: every incident, in the same order and columns. */
export function clearFilters(route: IncidentsRoute): IncidentsRoute {
  const cols = route.table?.cols;
  return withTable({ ...route, categories: [], table: undefined }, cols === undefined ? {} : { cols });
}
