// Hash routes: every view and filter is an address, and formatting then parsing gives the route back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRoute,
  parseRoute,
  type DashboardRoute,
  type Route,
} from '../../../src/renderer/src/app/route';
import { SORT_FIELD_NAMES } from '../../../src/renderer/src/app/sortFields';
import { SORT_FIELDS, TREND_GRANULARITIES } from '../../../src/shared/domain';
import { addDays } from '../../../src/shared/period';
import { CATEGORY_CODES } from '../../../src/shared/taxonomy';

const categories = fc.subarray([...CATEGORY_CODES]);
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.record({
    view: fc.constant('incidents' as const),
    categories,
    sort: fc.constantFrom(...SORT_FIELDS),
    dir: fc.constantFrom('asc' as const, 'desc' as const),
  }),
  fc.record({ view: fc.constant('dashboard' as const), categories }),
  fc.constant({ view: 'import' as const }),
);

const isoDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dashboard: fc.Arbitrary<DashboardRoute> = fc
  .record(
    {
      categories,
      period: fc.option(fc.tuple(isoDay, fc.integer({ min: 0, max: 3_699 }))),
      by: fc.option(
        fc.constantFrom('severity' as const, 'source' as const, 'region' as const, 'sector' as const),
      ),
      granularity: fc.option(fc.constantFrom(...TREND_GRANULARITIES)),
    },
    { requiredKeys: ['categories'] },
  )
  .map(({ categories, period, by, granularity }) => {
    const route: DashboardRoute = { view: 'dashboard', categories };
    if (period !== null && period !== undefined) {
      route.from = period[0];
      route.to = addDays(period[0], period[1]);
    }
    if (by !== null && by !== undefined) route.by = by;
    if (granularity !== null && granularity !== undefined) route.granularity = granularity;
    return route;
  });

describe('dashboard routes', () => {
  it('round-trips the period, the breakdown and the granularity', () => {
    fc.assert(
      fc.property(dashboard, (r) => {
        expect(parseRoute(formatRoute(r))).toEqual(r);
      }),
    );
  });

  it('writes the period first, and leaves the default breakdown out', () => {
    expect(
      formatRoute({
        view: 'dashboard',
        categories: ['ddos', 'phishing'],
        from: '2016-01-01',
        to: '2016-09-30',
        by: 'category',
        granularity: 'week',
      }),
    ).toBe('#/dashboard?from=2016-01-01&to=2016-09-30&category=phishing,ddos&granularity=week');
  });

  it('drops a period that is not one, or too long to chart, whole', () => {
    const plain = { view: 'dashboard', categories: [] };
    expect(parseRoute('#/dashboard?from=2015-02-29&to=2015-03-31')).toEqual(plain);
    expect(parseRoute('#/dashboard?from=2016-04-01&to=2016-03-31')).toEqual(plain);
    expect(parseRoute('#/dashboard?from=2016-01-01')).toEqual(plain);
    expect(parseRoute('#/dashboard?from=2000-01-01&to=2016-01-01')).toEqual(plain);
    expect(parseRoute('#/dashboard?by=title&granularity=year')).toEqual(plain);
    expect(parseRoute('#/dashboard?by=category')).toEqual(plain);
    expect(parseRoute('#/dashboard?from=2016-02-29&to=2016-02-29&by=region')).toEqual({
      ...plain,
      from: '2016-02-29',
      to: '2016-02-29',
      by: 'region',
    });
  });
});

describe('routes', () => {
  it('round-trips every route through its address', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(formatRoute(r))).toEqual(r);
        expect(formatRoute(parseRoute(formatRoute(r)))).toBe(formatRoute(r));
      }),
    );
  });

  it('writes categories as one comma list and leaves defaults out', () => {
    expect(
      formatRoute({ view: 'incidents', categories: ['ddos', 'phishing'], sort: 'occurredAt', dir: 'desc' }),
    ).toBe('#/incidents?category=phishing,ddos');
    expect(formatRoute({ view: 'incidents', categories: [], sort: 'title', dir: 'asc' })).toBe(
      '#/incidents?sort=title&dir=asc',
    );
    expect(formatRoute({ view: 'dashboard', categories: [] })).toBe('#/dashboard');
  });

  it('reads repeated parameters and comma lists alike, in taxonomy order, without repeats', () => {
    const expected = { view: 'incidents', categories: ['phishing', 'ddos'], sort: 'occurredAt', dir: 'desc' };
    expect(parseRoute('#/incidents?category=ddos&category=phishing')).toEqual(expected);
    expect(parseRoute('#/incidents?category=ddos,phishing,ddos')).toEqual(expected);
    expect(parseRoute('#/incidents?category=ddos%2Cphishing')).toEqual(expected);
  });

  it('drops what it does not know instead of failing', () => {
    expect(parseRoute('#/incidents?category=nonsense,phishing&sort=drop%20table&dir=up')).toEqual({
      view: 'incidents',
      categories: ['phishing'],
      sort: 'occurredAt',
      dir: 'desc',
    });
    expect(parseRoute('')).toEqual(parseRoute('#/incidents'));
    expect(parseRoute('#/no-such-view')).toEqual(parseRoute('#/incidents'));
    expect(parseRoute('#/import?category=phishing')).toEqual({ view: 'import' });
  });

  it('names every sort field of the contract, and no other', () => {
    expect(Object.keys(SORT_FIELD_NAMES).sort()).toEqual([...SORT_FIELDS].sort());
  });
});
