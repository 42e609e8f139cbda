// The Incidents view's address: every filter, the sort and the columns round-trip through the hash,
// the dashboard's links still open the right table, and the edits the facets make stay canonical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type IncidentsRoute } from '../../../src/renderer/src/app/route';
import { COLUMN_IDS } from '../../../src/renderer/src/incidents/columns';
import { SEVERITY_VALUES, type TableParams } from '../../../src/renderer/src/incidents/hashCodec';
import {
  clearFilters,
  routeFilter,
  selectedValues,
  toggleFacetValue,
  withTable,
} from '../../../src/renderer/src/incidents/tableFilter';
import { incidentFilterSchema } from '../../../src/shared/filter';
import { SORT_FIELDS, STATUSES } from '../../../src/shared/domain';
import { CATEGORY_CODES } from '../../../src/shared/taxonomy';

const text = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 30 });
const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sortedSet = (values: fc.Arbitrary<string>) =>
  fc.uniqueArray(values, { maxLength: 4 }).map((list) => [...list].sort());

const table: fc.Arbitrary<TableParams> = fc.record(
  {
    severities: fc.subarray([...SEVERITY_VALUES], { minLength: 1 }),
    statuses: fc.subarray([...STATUSES], { minLength: 1 }),
    sources: sortedSet(text).filter((l) => l.length > 0),
    regions: sortedSet(text).filter((l) => l.length > 0),
    sectors: sortedSet(text).filter((l) => l.length > 0),
    years: fc
      .uniqueArray(fc.integer({ min: 1900, max: 2200 }), { minLength: 1, maxLength: 4 })
      .map((l) => [...l].sort((a, b) => a - b)),
    tags: sortedSet(text.filter((t) => t !== '')).filter((l) => l.length > 0),
    from: day,
    to: day,
    q: text.filter((q) => q.trim() !== ''),
    importId: fc.integer({ min: 1, max: 1_000_000 }),
    cols: fc.uniqueArray(fc.constantFrom(...COLUMN_IDS), { minLength: 1 }),
  },
  { requiredKeys: [] },
);

const route: fc.Arbitrary<IncidentsRoute> = fc
  .record({
    categories: fc.subarray([...CATEGORY_CODES]),
    sort: fc.constantFrom(...SORT_FIELDS),
    dir: fc.constantFrom('asc' as const, 'desc' as const),
    table: fc.option(table, { nil: undefined }),
  })
  .map(({ table: t, ...rest }) => {
    const r: IncidentsRoute = { view: 'incidents', ...rest };
    if (t !== undefined && Object.keys(t).length > 0) r.table = t;
    return r;
  });

describe('the incidents address', () => {
  it('round-trips every filter, the sort and the columns', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(formatRoute(r))).toEqual(r);
        expect(formatRoute(parseRoute(formatRoute(r)))).toBe(formatRoute(r));
      }),
    );
  });

  it('gives a filter the services accept', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(incidentFilterSchema.safeParse(routeFilter(r)).success).toBe(true);
      }),
    );
  });

  it('reads the address of the issue, in its order', () => {
    const r = parseRoute(
      '#/incidents?category=phishing&severity=high&q=bank%20login&from=2016-01-01&to=2016-09-30&sort=title&dir=asc&cols=title,severity',
    );
    expect(r).toEqual({
      view: 'incidents',
      categories: ['phishing'],
      sort: 'title',
      dir: 'asc',
      table: {
        severities: ['high'],
        q: 'bank login',
        from: '2016-01-01',
        to: '2016-09-30',
        cols: ['title', 'severity'],
      },
    });
    expect(formatRoute(r)).toBe(
      '#/incidents?category=phishing&severity=high&from=2016-01-01&to=2016-09-30&q=bank%20login&sort=title&dir=asc&cols=title,severity',
    );
  });

  it('keeps the dashboard links as they were', () => {
    expect(parseRoute('#/incidents?category=phishing,ddos')).toEqual({
      view: 'incidents',
      categories: ['phishing', 'ddos'],
      sort: 'occurredAt',
      dir: 'desc',
    });
  });

  it('keeps text values whole, whatever they hold, and names "not given" with an empty value', () => {
    const r = withTable(parseRoute('#/incidents') as IncidentsRoute, {
      sources: ['a,b', 'x&y=z', '广东 省', ''],
      severities: [''],
    });
    const hash = formatRoute(r);
    expect(hash).toContain('severity=&');
    expect(hash).toContain('source=&');
    expect(parseRoute(hash)).toEqual(r);
    expect(routeFilter(r)).toEqual({ severities: [''], sources: ['', 'a,b', 'x&y=z', '广东 省'] });
  });

  it('drops what it does not know', () => {
    expect(
      parseRoute(
        '#/incidents?severity=huge,high&status=open&year=99,2016&from=2015-02-29&cols=nope&import=0',
      ),
    ).toEqual({
      view: 'incidents',
      categories: [],
      sort: 'occurredAt',
      dir: 'desc',
      table: { severities: ['high'], years: [2016] },
    });
  });
});

describe('facet clicks', () => {
  const start = parseRoute('#/incidents?category=ddos') as IncidentsRoute;

  it('add a value, and take it out again, leaving no trace', () => {
    const once = toggleFacetValue(start, 'region', '广东');
    expect(selectedValues(once, 'region')).toEqual(['广东']);
    expect(toggleFacetValue(once, 'region', '广东')).toEqual(start);
    const phishing = toggleFacetValue(start, 'category', 'phishing');
    expect(phishing.categories).toEqual(['phishing', 'ddos']);
    expect(toggleFacetValue(phishing, 'category', 'phishing')).toEqual(start);
  });

  it('combine within a facet (OR) and across facets (AND) in the filter', () => {
    let r = toggleFacetValue(start, 'severity', 'critical');
    r = toggleFacetValue(r, 'severity', 'high');
    r = toggleFacetValue(r, 'year', '2016');
    expect(routeFilter(r)).toEqual({ categories: ['ddos'], severities: ['high', 'critical'], years: [2016] });
  });

  it('clear every filter but keep the sort and the columns', () => {
    const r = withTable({ ...start, sort: 'title', dir: 'asc' }, { q: 'x', cols: ['title'] });
    expect(clearFilters(r)).toEqual({
      view: 'incidents',
      categories: [],
      sort: 'title',
      dir: 'asc',
      table: { cols: ['title'] },
    });
  });
});
