// The table's part of the address, beyond the categories and the sort the route already carries:
// `severity`, `status`, `source`, `region`, `sector`, `year`, `tag`, `from`, `to`, `q`, `import`, `cols`.
// Text facets repeat their parameter (`source=A&source=B`), since a value may hold any character, and
// `region=` names the incidents whose export gave none. Parsing drops what is not valid rather than
// failing; formatting is canonical (fixed parameter order, enum values in their list's order, text
// values sorted), so parse(format(params)) gives the params back and one view has one address.
import { STATUSES, type Status } from '../../../shared/domain';
import { MAX_FACET_VALUES } from '../../../shared/filter';
import { isIsoDate, type IsoDate } from '../../../shared/period';
import { SEVERITIES } from '../../../shared/severity';
import { knownColumns, type ColumnId } from './columns';

export type SeverityValue = (typeof SEVERITIES)[number] | '';
/** Severity facet values in the order shown and written: the export gave none, then low to critical. */
export const SEVERITY_VALUES: readonly SeverityValue[] = ['', ...SEVERITIES];

/** Longest text value and query the filter schema accepts. */
const MAX_TEXT = 500;
const MAX_QUERY = 1000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

export interface TableParams {
  severities?: SeverityValue[];
  statuses?: Status[];
  sources?: string[];
  regions?: string[];
  sectors?: string[];
  years?: number[];
  tags?: string[];
  from?: IsoDate;
  to?: IsoDate;
  q?: string;
  importId?: number;
  /** The columns shown, in order; absent means the user's remembered choice. */
  cols?: ColumnId[];
}

export type TextFacetKey = 'sources' | 'regions' | 'sectors' | 'tags';

const TEXT_PARAMS: readonly [TextFacetKey, string][] = [
  ['sources', 'source'],
  ['regions', 'region'],
  ['sectors', 'sector'],
];

function inOrder<T extends string>(list: readonly T[], values: Iterable<string>): T[] {
  const wanted = new Set(values);
  return list.filter((value) => wanted.has(value));
}

function enumValues(params: URLSearchParams, name: string): string[] {
  return params.getAll(name).flatMap((value) => (value === '' ? [''] : value.split(',')));
}

function textValues(params: URLSearchParams, name: string): string[] {
  const values = [...new Set(params.getAll(name).filter((value) => value.length <= MAX_TEXT))];
  return values.sort().slice(0, MAX_FACET_VALUES);
}

function yearValues(params: URLSearchParams): number[] {
  const years = enumValues(params, 'year')
    .filter((value) => /^\d{4}$/.test(value))
    .map(Number)
    .filter((year) => year >= MIN_YEAR && year <= MAX_YEAR);
  return [...new Set(years)].sort((a, b) => a - b).slice(0, MAX_FACET_VALUES);
}

/** The table's parameters of an address, or null when it names none. */
export function parseTableParams(params: URLSearchParams): TableParams | null {
  const table: TableParams = {};
  const severities = inOrder(SEVERITY_VALUES, enumValues(params, 'severity'));
  if (severities.length > 0) table.severities = severities;
  const statuses = inOrder(STATUSES, enumValues(params, 'status'));
  if (statuses.length > 0) table.statuses = statuses;
  for (const [key, name] of TEXT_PARAMS) {
    const values = textValues(params, name);
    if (values.length > 0) table[key] = values;
  }
  const years = yearValues(params);
  if (years.length > 0) table.years = years;
  const tags = textValues(params, 'tag').filter((tag) => tag !== '');
  if (tags.length > 0) table.tags = tags;
  const from = params.get('from');
  if (from !== null && isIsoDate(from)) table.from = from;
  const to = params.get('to');
  if (to !== null && isIsoDate(to)) table.to = to;
  const q = params.get('q');
  if (q !== null && q.trim() !== '' && q.length <= MAX_QUERY) table.q = q;
  const importId = params.get('import');
  if (importId !== null && /^[1-9]\d{0,15}$/.test(importId) && Number.isSafeInteger(Number(importId))) {
    table.importId = Number(importId);
  }
  const cols = knownColumns((params.get('cols') ?? '').split(','));
  if (cols.length > 0) table.cols = cols;
  return Object.keys(table).length > 0 ? table : null;
}

const encode = encodeURIComponent;

/** Parameters before the sort (the filter), as `name=value` pieces in canonical order. */
export function formatFilterParams(table: TableParams): string[] {
  const query: string[] = [];
  for (const value of table.severities ?? []) query.push(`severity=${value}`);
  if (table.statuses !== undefined && table.statuses.length > 0) {
    query.push(`status=${table.statuses.join(',')}`);
  }
  for (const [key, name] of TEXT_PARAMS) {
    for (const value of table[key] ?? []) query.push(`${name}=${encode(value)}`);
  }
  if (table.years !== undefined && table.years.length > 0) query.push(`year=${table.years.join(',')}`);
  for (const tag of table.tags ?? []) query.push(`tag=${encode(tag)}`);
  if (table.from !== undefined) query.push(`from=${table.from}`);
  if (table.to !== undefined) query.push(`to=${table.to}`);
  if (table.q !== undefined) query.push(`q=${encode(table.q)}`);
  if (table.importId !== undefined) query.push(`import=${String(table.importId)}`);
  return query;
}

/** Parameters after the sort: how the table is shown. */
export function formatShowParams(table: TableParams): string[] {
  return table.cols !== undefined && table.cols.length > 0 ? [`cols=${table.cols.join(',')}`] : [];
}

/**
 * The same parameters with every empty list and blank value left out, so that an edit that clears
 * the last value of a facet gives the address without it (and equal views compare equal).
 */
export function normalTableParams(table: TableParams): TableParams | undefined {
  const text = new URLSearchParams([...formatFilterParams(table), ...formatShowParams(table)].join('&'));
  return parseTableParams(text) ?? undefined;
}
