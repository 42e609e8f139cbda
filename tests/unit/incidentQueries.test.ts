import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../src/shared/contract';
import { SORT_FIELDS, type SortField } from '../../src/shared/domain';
import type { IncidentFilter } from '../../src/shared/filter';
import { listIncidents } from '../../src/main/store/queries/incidents';
import { expectedOrder, generateRows, storedRows, type StoredRow } from './helpers/incidentModel';
import { openTestStore, type TestStore } from './helpers/incidentStore';

// One generated store for the whole file: 700 rows with many equal values, imported by the real
// importer. Small and large subsets of it take both ways of reading a page (pagePlan.ts).
let store: TestStore;
let rows: StoredRow[];
beforeAll(async () => {
  store = openTestStore('file');
  await store.importRows(generateRows(700));
  rows = storedRows(store.rt.db);
});

const filterArb: fc.Arbitrary<IncidentFilter> = fc.record(
  {
    categories: fc.subarray(['phishing', 'malware', 'ddos', 'uncategorized'] as const, { minLength: 1 }),
    severities: fc.subarray(['', 'low', 'high', 'critical'] as const, { minLength: 1 }),
    statuses: fc.subarray(['new', 'resolved', 'false_positive'] as const, { minLength: 1 }),
    sources: fc.subarray(['', 'isp-a', 'cert'], { minLength: 1 }),
    regions: fc.subarray(['广东', 'Beijing', ''], { minLength: 1 }),
    sectors: fc.subarray(['finance', ''], { minLength: 1 }),
    years: fc.subarray([2015, 2016, 2017], { minLength: 1 }),
    tags: fc.subarray(['apt', 'botnet', 'ransomware', 'apt-x'], { minLength: 1 }),
    from: fc.constantFrom('2015-03-01', '2016-01-01', '2016-12-31'),
    to: fc.constantFrom('2016-03-15', '2017-01-01', '2017-12-31'),
  },
  { requiredKeys: [] },
);

async function walk(filter: IncidentFilter, sort: SortField, dir: 'asc' | 'desc', limit: number) {
  const ids: number[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  do {
    const page: ResultOf<'incidents.list'> = await store.call('incidents.list', {
      filter,
      sort,
      dir,
      limit,
      cursor,
    });
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    ids.push(...page.rows.map((r) => r.id));
    totals.add(page.total);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { ids, totals: [...totals] };
}

describe('incidents.list', () => {
  it('pages every sort field in both directions without gaps or repeats, ties broken by id', async () => {
    for (const sort of SORT_FIELDS) {
      for (const dir of ['asc', 'desc'] as const) {
        const { ids, totals } = await walk({}, sort, dir, 97);
        expect(ids, `${sort} ${dir}`).toEqual(expectedOrder(rows, {}, sort, dir));
        expect(totals).toEqual([rows.length]);
      }
    }
  });

  it('matches the model for any filter, sort, direction and page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        filterArb,
        fc.constantFrom(...SORT_FIELDS),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 3, max: 80 }),
        async (filter, sort, dir, limit) => {
          const expected = expectedOrder(rows, filter, sort, dir);
          const { ids, totals } = await walk(filter, sort, dir, limit);
          expect(ids).toEqual(expected);
          expect(totals).toEqual([expected.length]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('lands on row N of the order from an offset exactly as walking the pages would', () => {
    fc.assert(
      fc.property(
        filterArb,
        fc.constantFrom(...SORT_FIELDS),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 1, max: 30 }),
        fc.nat({ max: 760 }),
        fc.integer({ min: 1, max: 40 }),
        (filter, sort, dir, limit, offset, anchorStep) => {
          const expected = expectedOrder(rows, filter, sort, dir);
          const page = listIncidents(store.rt.db, { filter, sort, dir, limit, offset, anchorStep });
          expect(page.rows.map((r) => r.id)).toEqual(expected.slice(offset, offset + limit));
          expect(page.total).toBe(expected.length);
          expect(page.nextCursor !== null).toBe(offset + limit < expected.length);
          if (page.nextCursor !== null) {
            const after = listIncidents(store.rt.db, { filter, sort, dir, limit, cursor: page.nextCursor });
            expect(after.rows.map((r) => r.id)).toEqual(expected.slice(offset + limit, offset + 2 * limit));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pages one category in every order, through the per-category indexes too', async () => {
    for (const category of ['phishing', 'uncategorized'] as const) {
      for (const sort of SORT_FIELDS) {
        for (const dir of ['asc', 'desc'] as const) {
          const filter = { categories: [category] };
          const { ids } = await walk(filter, sort, dir, 45);
          expect(ids, `${category} ${sort} ${dir}`).toEqual(expectedOrder(rows, filter, sort, dir));
        }
      }
    }
  });

  it('pages a date or tag filter in every order (grouping orders one value at a time, tags by the tagged rows)', async () => {
    for (const filter of [
      { years: [2016] },
      { from: '2015-03-01', to: '2016-12-31' },
      { years: [2015], regions: ['广东'] },
      { tags: ['botnet'] },
      { tags: ['ransomware', 'apt-x'] },
      { tags: ['apt'], years: [2016] },
    ]) {
      for (const sort of SORT_FIELDS) {
        for (const dir of ['asc', 'desc'] as const) {
          const { ids } = await walk(filter, sort, dir, 7);
          expect(ids, `${JSON.stringify(filter)} ${sort} ${dir}`).toEqual(
            expectedOrder(rows, filter, sort, dir),
          );
        }
      }
    }
  });

  it('jumps to an offset through the contract too', async () => {
    const expected = expectedOrder(rows, {}, 'title', 'desc');
    const page = await store.call('incidents.list', { sort: 'title', dir: 'desc', limit: 25, offset: 640 });
    expect(page.rows.map((r) => r.id)).toEqual(expected.slice(640, 665));
    const past = await store.call('incidents.list', { sort: 'title', offset: 5000 });
    expect(past).toEqual({ rows: [], total: rows.length, nextCursor: null, terms: [] });
  });

  it('filters by each facet, by whole tags, by dates and by import', async () => {
    const cases: IncidentFilter[] = [
      { categories: ['phishing'] },
      { severities: [''] },
      { severities: ['high'] },
      { statuses: ['false_positive'] },
      { sources: [''] },
      { regions: ['beijing'] },
      { sectors: ['energy'] },
      { years: [2015, 2017] },
      { tags: ['apt'] },
      { tags: ['ransomware', 'apt-x'] },
      { from: '2016-12-31', to: '2016-12-31' },
      { from: '2017-01-01' },
      { importId: 1 },
      { categories: ['phishing', 'malware'], regions: ['广东'], years: [2016], tags: ['botnet'] },
    ];
    for (const filter of cases) {
      const expected = expectedOrder(rows, filter, 'occurredAt', 'desc');
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { ids, totals } = await walk(filter, 'occurredAt', 'desc', 300);
      expect(ids, JSON.stringify(filter)).toEqual(expected);
      expect(totals).toEqual([expected.length]);
    }
    // A tag is a whole value: "apt" is not "apt-x", and no substring matches.
    const apt = await store.call('incidents.list', { filter: { tags: ['ap'] } });
    expect(apt.total).toBe(0);
    // "high" was written as 高 in some rows: the stored severity is what the filter sees.
    const high = await store.call('incidents.list', { filter: { severities: ['high'] }, limit: 500 });
    expect(high.rows.every((r) => r.severity === 'high')).toBe(true);
  });

  it('counts the total once per filter and again after the store changes', async () => {
    const first = await store.call('incidents.list', { filter: { tags: ['apt'] }, limit: 5 });
    store.rt.db
      .prepare("UPDATE incidents SET tags = 'apt' WHERE id = (SELECT min(id) FROM incidents WHERE tags = '')")
      .run();
    const after = await store.call('incidents.list', { filter: { tags: ['apt'] }, limit: 5 });
    expect(after.total).toBe(first.total + 1);
    store.rt.db
      .prepare("UPDATE incidents SET tags = '' WHERE id = (SELECT min(id) FROM incidents WHERE tags = 'apt')")
      .run();
    rows = storedRows(store.rt.db);
  });

  it('refuses a cursor it did not issue, or one from another order, as invalid input', async () => {
    const page = await store.call('incidents.list', { sort: 'title', limit: 5 });
    const cursor = page.nextCursor ?? '';
    for (const input of [
      { sort: 'title' as const, cursor: 'not-a-cursor' },
      { sort: 'asset' as const, cursor },
      { sort: 'title' as const, dir: 'asc' as const, cursor },
      { sort: 'title' as const, cursor: Buffer.from('["title","desc","x",1.5]').toString('base64url') },
    ]) {
      const error = await store.fail('incidents.list', input);
      expect(error.code).toBe('invalid_input');
    }
  });
});
