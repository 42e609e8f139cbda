// Hash routes: every view and filter is an address, and formatting then parsing gives the route back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../src/renderer/src/app/route';
import { SORT_FIELD_NAMES } from '../../../src/renderer/src/app/sortFields';
import { SORT_FIELDS } from '../../../src/shared/domain';
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
