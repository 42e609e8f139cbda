// The one compiler of the incident filter (src/shared/filter.ts) into SQL: the table's pages, its facets,
// the export and bulk triage all select rows with it. Only parameters carry the filter's values; the
// SQL text comes from this file alone.
import type { FacetDimension, IncidentFilter } from '../../../shared/filter';
import { addDays } from '../../../shared/period';
import { SEVERITIES } from '../../../shared/severity';
import { dayStartInstant } from '../localDay';
import { ftsQuery } from './ftsQuery';

/** A boolean SQL expression over the columns of `incidents` (unqualified), and the values it binds. */
export interface CompiledFilter {
  where: string;
  params: unknown[];
}

export interface CompileOptions {
  /** Leave this facet's constraint out (a facet is counted under the rest of the filter). */
  omit?: FacetDimension;
  /** The store's time zone: the filter's dates and years are its days (localDay.ts). */
  zone: string;
}

/** The stored column of each value-list facet. Severity is matched by its rank, which is indexed. */
const LIST_COLUMNS = {
  categories: { facet: 'category', column: 'category' },
  statuses: { facet: 'status', column: 'status' },
  sources: { facet: 'source', column: 'source' },
  regions: { facet: 'region', column: 'region' },
  sectors: { facet: 'sector', column: 'sector' },
} as const;

/** severity_rank as migration 0001 computes it: '' (not given) is 0. */
export function severityRank(severity: string): number {
  return (SEVERITIES as readonly string[]).indexOf(severity) + 1;
}

/**
 * IncidentFilter → `{ where, params }`, for `SELECT ... FROM incidents WHERE ${where}`. An empty list
 * is no constraint. Values within a facet combine with OR, facets with AND. `where` is '1' when nothing
 * constrains. A search with nothing searchable in it (only operators or punctuation) is no constraint.
 */
export function compileFilter(filter: IncidentFilter, options: CompileOptions): CompiledFilter {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const omit = options.omit;
  for (const [key, { facet, column }] of Object.entries(LIST_COLUMNS)) {
    const values = filter[key as keyof typeof LIST_COLUMNS];
    if (facet === omit || values === undefined || values.length === 0) continue;
    clauses.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  }
  if (omit !== 'severity' && filter.severities !== undefined && filter.severities.length > 0) {
    clauses.push(`severity_rank IN (${placeholders(filter.severities.length)})`);
    params.push(...filter.severities.map(severityRank));
  }
  const dates = dateClause(filter, 'occurred_at', options.zone, omit === 'year');
  if (dates !== null) {
    clauses.push(dates.where);
    params.push(...dates.params);
  }
  if (omit !== 'tag' && filter.tags !== undefined && filter.tags.length > 0) {
    // A tag is one whole comma-separated value of `tags`, spaces around the commas aside.
    const tagged = `(',' || replace(replace(tags, ', ', ','), ' ,', ',') || ',')`;
    clauses.push(`tags <> '' AND (${filter.tags.map(() => `instr(${tagged}, ?) > 0`).join(' OR ')})`);
    params.push(...filter.tags.map((tag) => `,${tag.trim()},`));
  }
  if (filter.q !== undefined) {
    const { match } = ftsQuery(filter.q);
    if (match !== null) {
      clauses.push('id IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)');
      params.push(match);
    }
  }
  if (filter.importId !== undefined) {
    clauses.push('import_id = ?');
    params.push(filter.importId);
  }
  return {
    where: clauses.length === 0 ? '1' : clauses.map((c) => `(${c})`).join(' AND '),
    params,
  };
}

/**
 * The years and from/to of a filter as ranges on a text column: `column >= start AND column < end`,
 * which an index on the column serves. Null when neither constrains. `zone` is the store's time zone
 * for a column of UTC times (incidents.occurred_at): a day's bounds are the instants it starts and
 * ends there. It is null for a column of the zone's dates already (the day of an aggregate table).
 */
export function dateClause(
  filter: Pick<IncidentFilter, 'years' | 'from' | 'to'>,
  column: string,
  zone: string | null,
  omitYears = false,
): CompiledFilter | null {
  const ranges = dateRanges(filter, zone, omitYears);
  if (ranges === null) return null;
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (ranges.from !== undefined) {
    clauses.push(`${column} >= ?`);
    params.push(ranges.from);
  }
  if (ranges.before !== undefined) {
    clauses.push(`${column} < ?`);
    params.push(ranges.before);
  }
  if (ranges.years.length > 0) {
    clauses.push(ranges.years.map(() => `(${column} >= ? AND ${column} < ?)`).join(' OR '));
    for (const [start, end] of ranges.years) params.push(start, end);
  }
  return { where: clauses.map((c) => `(${c})`).join(' AND '), params };
}

/** A filter's dates as bounds on occurred_at: all that hold must; each year range is [start, end). */
export interface DateRanges {
  from?: string;
  /** The first instant after the dates. */
  before?: string;
  years: [string, string][];
}

/** The filter's days as instants of the zone's day starts (as days when there is no zone); null if none. */
export function dateRanges(
  filter: Pick<IncidentFilter, 'years' | 'from' | 'to'>,
  zone: string | null,
  omitYears = false,
): DateRanges | null {
  const bound = (day: string): string => (zone === null ? day : dayStartInstant(day, zone));
  const ranges: DateRanges = { years: [] };
  if (filter.from !== undefined) ranges.from = bound(filter.from);
  if (filter.to !== undefined) ranges.before = bound(addDays(filter.to, 1));
  if (!omitYears && filter.years !== undefined && filter.years.length > 0) {
    for (const [first, last] of yearRanges(filter.years)) {
      ranges.years.push([bound(`${yearText(first)}-01-01`), bound(`${yearText(last + 1)}-01-01`)]);
    }
  }
  return ranges.from === undefined && ranges.before === undefined && ranges.years.length === 0
    ? null
    : ranges;
}

/** Years as runs of consecutive years, [first, last], so 2015, 2016, 2017 is one range. */
function yearRanges(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const year of sorted) {
    const last = ranges.at(-1);
    if (last !== undefined && last[1] === year - 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges;
}

function yearText(year: number): string {
  return String(year).padStart(4, '0');
}

export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
