// The report's address: `#/report?from=2016-01-01&to=2016-06-30&category=phishing&marking=TLP%3ARED`
// with `paper=letter`, `lang=zh` (the report's language; the window's when absent) and `id=3` (a
// saved report) when not the defaults. The figures come from the daily aggregates, which are kept per
// category, so the category is the one filter of the incident table a report applies; any other
// filter in the address is kept aside and named, so the report never seems to count what it does not.
import { MAX_TREND_DAYS } from '../../../shared/domain';
import { dayCount, isIsoDate, type IsoDate } from '../../../shared/period';
import { isMarking, PAPERS, REPORT_LANGUAGES, type Paper, type ReportLanguage } from '../../../shared/report';
import { CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';

export interface ReportRoute {
  view: 'report';
  categories: CategoryCode[];
  from?: IsoDate;
  to?: IsoDate;
  /** The classification marking; the workstation's default marking (Settings) when absent. */
  marking?: string;
  paper?: Paper;
  /** The report's language; the window's when absent. */
  lang?: ReportLanguage;
  /** A saved report. */
  id?: number;
  /** Parameters of the incident table's filter the report does not apply, by name. */
  ignored?: string[];
}

const OWN = new Set(['from', 'to', 'category', 'marking', 'paper', 'lang', 'id', 'token']);

function isOneOf<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value);
}

export function parseReportRoute(params: URLSearchParams): ReportRoute {
  const wanted = new Set(
    params
      .getAll('category')
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(isCategoryCode),
  );
  const route: ReportRoute = { view: 'report', categories: CATEGORY_CODES.filter((c) => wanted.has(c)) };
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null && to !== null && isIsoDate(from) && isIsoDate(to) && from <= to) {
    if (dayCount({ from, to }) <= MAX_TREND_DAYS) {
      route.from = from;
      route.to = to;
    }
  }
  const marking = params.get('marking');
  if (marking !== null && isMarking(marking)) route.marking = marking.trim();
  const paper = params.get('paper');
  if (isOneOf(PAPERS, paper) && paper !== 'a4') route.paper = paper;
  const lang = params.get('lang');
  // Kept when English too: without it a new report speaks the window's language.
  if (isOneOf(REPORT_LANGUAGES, lang)) route.lang = lang;
  const id = Number(params.get('id'));
  if (Number.isSafeInteger(id) && id > 0) route.id = id;
  const ignored = [...new Set([...params.keys()].filter((key) => !OWN.has(key)))];
  if (ignored.length > 0) route.ignored = ignored;
  return route;
}

/** The canonical address: fixed order, defaults left out; the ignored filters are not carried on. */
export function formatReportRoute(route: ReportRoute): string {
  const query: string[] = [];
  if (route.id !== undefined) query.push(`id=${String(route.id)}`);
  if (route.from !== undefined && route.to !== undefined) query.push(`from=${route.from}`, `to=${route.to}`);
  if (route.categories.length > 0) {
    query.push(`category=${CATEGORY_CODES.filter((c) => route.categories.includes(c)).join(',')}`);
  }
  if (route.marking !== undefined) query.push(`marking=${encodeURIComponent(route.marking)}`);
  if (route.paper !== undefined && route.paper !== 'a4') query.push(`paper=${route.paper}`);
  if (route.lang !== undefined) query.push(`lang=${route.lang}`);
  return `#/report${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
