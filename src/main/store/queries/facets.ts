// Facet counts beside the table: for each dimension, its values under the filter without that
// dimension's own constraint (so a facet shows what one more click would add), largest first. The
// daily aggregates answer a facet when the rest of the filter only names categories and dates (years,
// from, to); otherwise one GROUP BY over the incidents the rest of the filter matches. Tags are not
// aggregated: they are counted from the rows that have any (a partial index holds those).
import type { Database } from 'better-sqlite3';
import {
  FACET_DIMENSIONS,
  type FacetCounts,
  type FacetDimension,
  type FacetValue,
  type IncidentFilter,
} from '../../../shared/filter';
import { ALL_CATEGORIES } from '../aggregateDimensions';
import { cached } from '../statements';
import { localDay, localDaySql, storeTimeZone } from '../localDay';
import { compileFilter, dateClause, placeholders } from './filterSql';
import { activeEntries, FACET_FILTER_KEYS, filterShape } from './filterShape';
import { countMatching } from './totals';

/** The incidents column (or expression) each facet groups by; tags are split apart in JavaScript. */
const FACET_COLUMNS: Readonly<Record<Exclude<FacetDimension, 'tag'>, string>> = {
  category: 'category',
  severity: 'severity',
  status: 'status',
  source: 'source',
  region: 'region',
  sector: 'sector',
  year: 'substr(occurred_at, 1, 4)',
};

/** The SQL for a facet's value: the year is that of the day in the store's time zone. */
function facetColumn(dim: RowFacet, zone: string): string {
  return dim === 'year' ? `substr(${localDaySql('occurred_at', zone)}, 1, 4)` : FACET_COLUMNS[dim];
}

export function facetCounts(db: Database, filter: IncidentFilter, limit: number): FacetCounts {
  const facets = {} as Record<FacetDimension, FacetValue[]>;
  // Facets the aggregates cannot answer whose own dimension the filter leaves free are all counted
  // under the whole filter: one pass over those rows counts them together, where a GROUP BY each
  // would read the same rows once per facet (measured at 1M rows, a severity filter: 7 passes, ~2 s).
  const shared: RowFacet[] = [];
  for (const dim of FACET_DIMENSIONS) {
    if (dim === 'tag') continue;
    const shape = filterShape(filter, dim);
    if (!shape.rowsOnly && shape.dims.length === 0) continue;
    if (!constrains(filter, dim)) shared.push(dim);
  }
  const counted = shared.length > 1 ? countInOnePass(db, filter, shared, limit) : null;
  for (const dim of FACET_DIMENSIONS) {
    facets[dim] = (dim !== 'tag' ? counted?.get(dim) : undefined) ?? facetValues(db, filter, dim, limit);
  }
  return { total: countMatching(db, filter), facets };
}

type RowFacet = Exclude<FacetDimension, 'tag'>;

function constrains(filter: IncidentFilter, dim: FacetDimension): boolean {
  const values = filter[FACET_FILTER_KEYS[dim]];
  return values !== undefined && values.length > 0;
}

/** Columns one row gives for the facets counted in one pass; the year comes from occurred_at. */
const ROW_COLUMNS: Readonly<Record<RowFacet, string>> = {
  category: 'category',
  severity: 'severity',
  status: 'status',
  source: 'source',
  region: 'region',
  sector: 'sector',
  year: 'occurred_at',
};

function countInOnePass(
  db: Database,
  filter: IncidentFilter,
  dims: readonly RowFacet[],
  limit: number,
): Map<RowFacet, FacetValue[]> {
  const zone = storeTimeZone(db);
  const { where, params } = compileFilter(filter, { zone });
  const rows = db
    .prepare(`SELECT ${dims.map((d) => ROW_COLUMNS[d]).join(', ')} FROM incidents WHERE ${where}`)
    .raw(true)
    .iterate(...params) as IterableIterator<string[]>;
  const tallies = dims.map(() => new Map<string, number>());
  const yearAt = dims.indexOf('year');
  for (const row of rows) {
    for (let i = 0; i < tallies.length; i++) {
      const raw = row[i] ?? '';
      // The year of the day the incident occurred on in the store's zone, as the aggregates count it.
      const value = i === yearAt ? (localDay(raw, zone) ?? raw).slice(0, 4) : raw;
      const tally = tallies[i] as Map<string, number>;
      tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }
  const out = new Map<RowFacet, FacetValue[]>();
  dims.forEach((dim, i) => {
    out.set(dim, ranked(tallies[i] as Map<string, number>, limit));
  });
  return out;
}

/** Largest first, then value in binary order (as SQLite orders them), at most `limit`. */
function ranked(tally: Map<string, number>, limit: number): FacetValue[] {
  const binary = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));
  return [...tally]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || binary(a.value, b.value))
    .slice(0, limit);
}

export function facetValues(
  db: Database,
  filter: IncidentFilter,
  dim: FacetDimension,
  limit: number,
): FacetValue[] {
  if (dim === 'tag') return tagValues(db, filter, limit);
  const shape = filterShape(filter, dim);
  if (!shape.rowsOnly && shape.dims.length === 0) return fromAggregates(db, shape.filter, dim, limit);
  const zone = storeTimeZone(db);
  const { where, params } = compileFilter(filter, { omit: dim, zone });
  const column = facetColumn(dim, zone);
  return db
    .prepare(
      `SELECT ${column} AS value, count(*) AS count FROM incidents WHERE ${where}
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`,
    )
    .all(...params, limit) as FacetValue[];
}

/** A facet from agg_day_category (category, year) or agg_day_dim (the other dimensions). */
function fromAggregates(
  db: Database,
  rest: IncidentFilter,
  dim: Exclude<FacetDimension, 'tag'>,
  limit: number,
): FacetValue[] {
  const where: string[] = [];
  const params: unknown[] = [];
  // The year facet keeps from/to: only its own years are left out (filterShape removed them).
  const dates = dateClause(rest, 'day', null);
  if (dates !== null) {
    where.push(dates.where);
    params.push(...dates.params);
  }
  const categories = rest.categories !== undefined && rest.categories.length > 0 ? rest.categories : null;
  let sql: string;
  if (dim === 'category' || dim === 'year') {
    if (categories !== null) {
      where.push(`category IN (${placeholders(categories.length)})`);
      params.push(...categories);
    }
    const key = dim === 'category' ? 'category' : 'substr(day, 1, 4)';
    sql = `SELECT ${key} AS value, sum(n) AS count FROM agg_day_category`;
    sql += `${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} GROUP BY 1`;
  } else {
    where.push('dim = ?');
    params.push(dim);
    if (categories === null) {
      where.push('category = ?');
      params.push(ALL_CATEGORIES);
    } else {
      where.push(`category IN (${placeholders(categories.length)})`);
      params.push(...categories);
    }
    sql = `SELECT value, sum(n) AS count FROM agg_day_dim WHERE ${where.join(' AND ')} GROUP BY 1`;
  }
  return cached(db, `${sql} ORDER BY 2 DESC, 1 LIMIT ?`).all(...params, limit) as FacetValue[];
}

/** Tags of the rows the rest of the filter matches: each whole tag once per incident. */
function tagValues(db: Database, filter: IncidentFilter, limit: number): FacetValue[] {
  const { where, params } = compileFilter(filter, { omit: 'tag', zone: storeTimeZone(db) });
  const rest = activeEntries(filter).filter(([key]) => key !== 'tags');
  // Tags are sparse: read the tagged rows (a partial index) and check the rest of the filter on them,
  // rather than let the planner read a whole category to find its few tagged rows (measured: 0.7 s for
  // a category of 250,000 incidents without one tag). Categories alone, the dashboard's and the
  // table's usual filter, are read from the index of tagged rows by category without touching the
  // table (measured at 1M rows, 62% of them tagged: 780 ms for phishing through incidents_tagged).
  const index =
    rest.length === 1 && rest[0]?.[0] === 'categories' ? 'incidents_category_tagged' : 'incidents_tagged';
  const groups = db
    .prepare(
      `SELECT tags, count(*) AS n FROM incidents INDEXED BY ${index}
       WHERE tags <> '' AND (${where}) GROUP BY tags`,
    )
    .all(...params) as { tags: string; n: number }[];
  const counts = new Map<string, number>();
  for (const { tags, n } of groups) {
    const seen = new Set(
      tags
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    );
    for (const tag of seen) counts.set(tag, (counts.get(tag) ?? 0) + n);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}
