// Hash routes: every view and its filters as an address (`#/incidents?category=phishing,ddos&sort=title&dir=asc`),
// so a view can be bookmarked, reloaded, and opened by a test. Parsing is forgiving (unknown values are
// dropped, repeated `category` parameters and comma lists both work); formatting is canonical (defaults
// left out, categories in taxonomy order), so parse(format(route)) gives the route back.
import type { SortField } from '../../../shared/domain';
import { CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';
import { isSortField } from './sortFields';

export type SortDir = 'asc' | 'desc';

export interface IncidentsRoute {
  view: 'incidents';
  categories: CategoryCode[];
  sort: SortField;
  dir: SortDir;
}

export interface DashboardRoute {
  view: 'dashboard';
  categories: CategoryCode[];
}

export interface ImportRoute {
  view: 'import';
}

export type Route = IncidentsRoute | DashboardRoute | ImportRoute;
export type ViewName = Route['view'];

export const DEFAULT_SORT: SortField = 'occurredAt';
export const DEFAULT_DIR: SortDir = 'desc';

export function incidentsRoute(
  categories: CategoryCode[] = [],
  sort = DEFAULT_SORT,
  dir = DEFAULT_DIR,
): IncidentsRoute {
  return { view: 'incidents', categories, sort, dir };
}

/** Categories in taxonomy order without repeats: one spelling per set, so the address is canonical. */
export function canonicalCategories(codes: Iterable<string>): CategoryCode[] {
  const wanted = new Set(codes);
  return CATEGORY_CODES.filter((code) => wanted.has(code));
}

function categoriesParam(params: URLSearchParams): CategoryCode[] {
  const values = params
    .getAll('category')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(isCategoryCode);
  return canonicalCategories(values);
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '').replace(/^\/+/, '');
  const question = text.indexOf('?');
  const path = question === -1 ? text : text.slice(0, question);
  const params = new URLSearchParams(question === -1 ? '' : text.slice(question + 1));
  const view = path.split('/')[0] ?? '';
  switch (view) {
    case 'dashboard':
      return { view: 'dashboard', categories: categoriesParam(params) };
    case 'import':
      return { view: 'import' };
    default: {
      const sort = params.get('sort');
      const dir = params.get('dir');
      return incidentsRoute(
        categoriesParam(params),
        isSortField(sort) ? sort : DEFAULT_SORT,
        dir === 'asc' || dir === 'desc' ? dir : DEFAULT_DIR,
      );
    }
  }
}

export function formatRoute(route: Route): string {
  // Category codes and sort fields are fixed identifiers ([a-z_]), so they need no escaping and the
  // comma list stays readable.
  const query: string[] = [];
  if (route.view !== 'import' && route.categories.length > 0) {
    query.push(`category=${canonicalCategories(route.categories).join(',')}`);
  }
  if (route.view === 'incidents') {
    if (route.sort !== DEFAULT_SORT) query.push(`sort=${route.sort}`);
    if (route.dir !== DEFAULT_DIR) query.push(`dir=${route.dir}`);
  }
  return `#/${route.view}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
