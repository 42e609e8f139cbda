import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FACET_DIMENSIONS,
  type FacetDimension,
  type FacetValue,
  type IncidentFilter,
} from '../../src/shared/filter';
import { FACET_FILTER_KEYS } from '../../src/main/store/queries/filterShape';
import { generateRows, matches, storedRows, tagsOf, type StoredRow } from './helpers/incidentModel';
import { openTestStore, type TestStore } from './helpers/incidentStore';

let store: TestStore;
let rows: StoredRow[];
beforeAll(async () => {
  store = openTestStore('file');
  await store.importRows(generateRows(600, 11));
  rows = storedRows(store.rt.db);
});

/** What a facet must list: counted in JavaScript over the rows the rest of the filter matches. */
function expectedFacet(filter: IncidentFilter, dim: FacetDimension, limit: number): FacetValue[] {
  const rest = { ...filter, [FACET_FILTER_KEYS[dim]]: undefined };
  const counts = new Map<string, number>();
  for (const row of rows.filter((r) => matches(r, rest))) {
    const values = dim === 'tag' ? tagsOf(row) : dim === 'year' ? [row.occurred_at.slice(0, 4)] : [row[dim]];
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || Buffer.compare(Buffer.from(a.value), Buffer.from(b.value)))
    .slice(0, limit);
}

const filterArb: fc.Arbitrary<IncidentFilter> = fc.record(
  {
    categories: fc.subarray(['phishing', 'malware', 'ddos', 'uncategorized'] as const, { minLength: 1 }),
    severities: fc.subarray(['', 'low', 'high', 'critical'] as const, { minLength: 1 }),
    statuses: fc.subarray(['new', 'resolved', 'false_positive'] as const, { minLength: 1 }),
    sources: fc.subarray(['', 'isp-a', 'cert'], { minLength: 1 }),
    regions: fc.subarray(['广东', 'Beijing', ''], { minLength: 1 }),
    sectors: fc.subarray(['finance', ''], { minLength: 1 }),
    years: fc.subarray([2015, 2016, 2017], { minLength: 1 }),
    tags: fc.subarray(['apt', 'botnet', 'ransomware'], { minLength: 1 }),
    from: fc.constantFrom('2015-03-01', '2016-01-01'),
    to: fc.constantFrom('2016-03-15', '2017-12-31'),
  },
  { requiredKeys: [] },
);

describe('incidents.facets', () => {
  it('counts every facet over the whole store as a GROUP BY over incidents does', async () => {
    const counts = await store.call('incidents.facets', { filter: {}, limit: 500 });
    expect(counts.total).toBe(rows.length);
    for (const dim of FACET_DIMENSIONS) expect(counts.facets[dim], dim).toEqual(expectedFacet({}, dim, 500));
    const direct = store.rt.db
      .prepare('SELECT region AS value, count(*) AS count FROM incidents GROUP BY 1 ORDER BY 2 DESC, 1')
      .all();
    expect(counts.facets.region).toEqual(direct);
    expect(counts.facets.tag.map((t) => t.value).sort()).toEqual(['apt', 'apt-x', 'botnet', 'ransomware']);
  });

  it('counts each facet under the filter without its own constraint, for any filter', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, fc.integer({ min: 1, max: 8 }), async (filter, limit) => {
        const counts = await store.call('incidents.facets', { filter, limit });
        expect(counts.total).toBe(rows.filter((r) => matches(r, filter)).length);
        for (const dim of FACET_DIMENSIONS)
          expect(counts.facets[dim], `${dim} ${JSON.stringify(filter)}`).toEqual(
            expectedFacet(filter, dim, limit),
          );
      }),
      { numRuns: 120 },
    );
  });

  it('keeps the values of a facet selectable: its own selection does not narrow it', async () => {
    const counts = await store.call('incidents.facets', {
      filter: { categories: ['phishing'], years: [2016] },
    });
    expect(counts.facets.category.length).toBeGreaterThan(1);
    expect(counts.facets.year.map((y) => y.value).sort()).toEqual(['2015', '2016', '2017']);
    expect(counts.facets.severity.reduce((sum, v) => sum + v.count, 0)).toBe(counts.total);
  });

  it('follows edits: counts move with a changed severity and a search narrows every facet', async () => {
    const db = store.rt.db;
    const before = await store.call('incidents.facets', { filter: { categories: ['ddos'] } });
    const id = (
      db
        .prepare("SELECT min(id) AS id FROM incidents WHERE category = 'ddos' AND severity <> 'critical'")
        .get() as { id: number }
    ).id;
    db.prepare("UPDATE incidents SET severity = 'critical' WHERE id = ?").run(id);
    const after = await store.call('incidents.facets', { filter: { categories: ['ddos'] } });
    const critical = (c: typeof before) => c.facets.severity.find((v) => v.value === 'critical')?.count ?? 0;
    expect(critical(after)).toBe(critical(before) + 1);
    rows = storedRows(db);
    const searched = await store.call('incidents.facets', { filter: { q: 'harvest' } });
    const expected = (
      db
        .prepare("SELECT count(*) AS n FROM incidents WHERE description LIKE '%credential harvest%'")
        .get() as { n: number }
    ).n;
    expect(searched.total).toBe(expected);
    expect(searched.facets.category.reduce((sum, v) => sum + v.count, 0)).toBe(expected);
  });
});
