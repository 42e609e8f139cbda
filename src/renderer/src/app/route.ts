// Hash routes: every view and its filters as an address (`#/incidents?category=phishing,ddos&sort=title&dir=asc`),
// so a view can be bookmarked, reloaded, and opened by a test. Parsing is forgiving (unknown values are
// dropped, repeated `category` parameters and comma lists both work); formatting is canonical (defaults
// left out, categories in taxonomy order), so parse(format(route)) gives the route back.
import {
  MAX_TREND_DAYS,
  TREND_DIMENSIONS,
  TREND_GRANULARITIES,
  type SortField,
  type TrendDimension,
  type TrendGranularity,
} from '../../../shared/domain';
import { dayCount, isIsoDate, type IsoDate } from '../../../shared/period';
import { CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';
import { isSortField } from './sortFields';
import {
  formatFilterParams,
  formatShowParams,
  parseTableParams,
  type TableParams,
} from '../incidents/hashCodec';
import { formatReportRoute, parseReportRoute, type ReportRoute } from '../report/reportRoute';

export type SortDir = 'asc' | 'desc';

export interface IncidentsRoute {
  view: 'incidents';
  categories: CategoryCode[];
  sort: SortField;
  dir: SortDir;
  /** The table's other filters and its columns (see incidents/hashCodec.ts); absent when none. */
  table?: TableParams;
}

/**
 * The dashboard and its choices. Each optional field left out means its default: the default period
 * (see dashboardPeriod.ts), a breakdown by category, and a granularity that suits the period's length.
 * `from` and `to` come together or not at all.
 */
export interface DashboardRoute {
  view: 'dashboard';
  categories: CategoryCode[];
  from?: IsoDate;
  to?: IsoDate;
  by?: TrendDimension;
  granularity?: TrendGranularity;
}

export const DEFAULT_TREND_DIMENSION: TrendDimension = 'category';

export interface ImportRoute {
  view: 'import';
}

/** Alert rules, the alerts they fired, evaluation as of a date and backtests. */
export interface AlertsRoute {
  view: 'alerts';
}

/** The workstation's settings: language, time zone, letterhead, marking, backups, label mappings. */
export interface SettingsRoute {
  view: 'settings';
}

/** How-tos that work offline; `topic` opens one of them. */
export interface HelpRoute {
  view: 'help';
  topic?: HelpTopic;
}

export const HELP_TOPICS = ['import', 'triage', 'dashboard', 'alerts', 'reports', 'settings'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export type { ReportRoute };

export type Route =
  IncidentsRoute | DashboardRoute | ImportRoute | AlertsRoute | ReportRoute | SettingsRoute | HelpRoute;
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

function isOneOf<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value);
}

/** A dashboard address's choices; a period that is not one (or too long to chart) is left out whole. */
function dashboardRoute(params: URLSearchParams): DashboardRoute {
  const route: DashboardRoute = { view: 'dashboard', categories: categoriesParam(params) };
  const from = params.get('from');
  const to = params.get('to');
  if (
    from !== null &&
    to !== null &&
    isIsoDate(from) &&
    isIsoDate(to) &&
    from <= to &&
    dayCount({ from, to }) <= MAX_TREND_DAYS
  ) {
    route.from = from;
    route.to = to;
  }
  const by = params.get('by');
  if (isOneOf(TREND_DIMENSIONS, by) && by !== DEFAULT_TREND_DIMENSION) route.by = by;
  const granularity = params.get('granularity');
  if (isOneOf(TREND_GRANULARITIES, granularity)) route.granularity = granularity;
  return route;
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '').replace(/^\/+/, '');
  const question = text.indexOf('?');
  const path = question === -1 ? text : text.slice(0, question);
  const params = new URLSearchParams(question === -1 ? '' : text.slice(question + 1));
  const view = path.split('/')[0] ?? '';
  switch (view) {
    case 'dashboard':
      return dashboardRoute(params);
    case 'import':
      return { view: 'import' };
    case 'alerts':
      return { view: 'alerts' };
    case 'report':
      return parseReportRoute(params);
    case 'settings':
      return { view: 'settings' };
    case 'help': {
      const topic = params.get('topic');
      return isOneOf(HELP_TOPICS, topic) ? { view: 'help', topic } : { view: 'help' };
    }
    default: {
      const sort = params.get('sort');
      const dir = params.get('dir');
      const route = incidentsRoute(
        categoriesParam(params),
        isSortField(sort) ? sort : DEFAULT_SORT,
        dir === 'asc' || dir === 'desc' ? dir : DEFAULT_DIR,
      );
      const table = parseTableParams(params);
      if (table !== null) route.table = table;
      return route;
    }
  }
}

export function formatRoute(route: Route): string {
  if (route.view === 'report') return formatReportRoute(route);
  if (route.view === 'help') return `#/help${route.topic === undefined ? '' : `?topic=${route.topic}`}`;
  if (route.view === 'settings') return '#/settings';
  // Category codes, sort fields, dimensions and dates are fixed identifiers ([a-z_0-9-]), so they need
  // no escaping and the comma list stays readable.
  const query: string[] = [];
  if (route.view === 'dashboard' && route.from !== undefined && route.to !== undefined) {
    query.push(`from=${route.from}`, `to=${route.to}`);
  }
  if (route.view !== 'import' && route.view !== 'alerts' && route.categories.length > 0) {
    query.push(`category=${canonicalCategories(route.categories).join(',')}`);
  }
  if (route.view === 'dashboard') {
    if (route.by !== undefined && route.by !== DEFAULT_TREND_DIMENSION) query.push(`by=${route.by}`);
    if (route.granularity !== undefined) query.push(`granularity=${route.granularity}`);
  }
  if (route.view === 'incidents') {
    if (route.table !== undefined) query.push(...formatFilterParams(route.table));
    if (route.sort !== DEFAULT_SORT) query.push(`sort=${route.sort}`);
    if (route.dir !== DEFAULT_DIR) query.push(`dir=${route.dir}`);
    if (route.table !== undefined) query.push(...formatShowParams(route.table));
  }
  return `#/${route.view}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
