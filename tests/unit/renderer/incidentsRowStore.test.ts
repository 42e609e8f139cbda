// The table's row source: which pages it asks for (keyset after a fetched block, offset after a jump),
// what it drops while the viewport moves on, and how it keeps the rows on screen across a refresh.
// The pages come from a list held in the test, standing in for the services' answers.
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/shared/domain';
import type { Result } from '../../../src/shared/errors';
import { RowStore, type PageAnswer, type PageRequest } from '../../../src/renderer/src/incidents/rowStore';

function incident(id: number): Incident {
  return { id, title: `incident ${String(id)}` } as Incident;
}

/** Answers pages of `total` rows by offset or by a cursor (the index after the last row), on demand. */
function source(total: number) {
  const asked: PageRequest[] = [];
  const pending: (() => void)[] = [];
  let generation = 0;
  const fetcher = (request: PageRequest): Promise<Result<PageAnswer>> => {
    asked.push(request);
    const answeredIn = generation;
    return new Promise((resolve) => {
      pending.push(() => {
        const start = request.cursor !== undefined ? Number(request.cursor) : (request.offset ?? 0);
        const end = Math.min(total, start + request.limit);
        const rows: Incident[] = [];
        for (let i = start; i < end; i++) rows.push(incident(i + 1 + answeredIn * 1_000_000));
        resolve({
          ok: true,
          value: { rows, total, nextCursor: end < total ? String(end) : null, terms: [] },
        });
      });
    });
  };
  return {
    asked,
    fetcher,
    nextGeneration: () => {
      generation++;
    },
    async answerAll() {
      while (pending.length > 0) {
        pending.shift()?.();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

describe('the row store', () => {
  it('asks for the first block, then the next ones by cursor', async () => {
    const s = source(1000);
    const store = new RowStore(s.fetcher, { blockSize: 100, maxInFlight: 1 });
    store.open();
    await s.answerAll();
    expect(store.total).toBe(1000);
    store.want(0, 250);
    await s.answerAll();
    expect(s.asked).toEqual([{ limit: 100 }, { limit: 100, cursor: '100' }, { limit: 100, cursor: '200' }]);
    expect(store.rowAt(250)?.id).toBe(251);
  });

  it('jumps by offset, and drops the blocks the viewport left before asking for them', async () => {
    const s = source(1_000_000);
    const store = new RowStore(s.fetcher, { blockSize: 100, maxInFlight: 1 });
    store.open();
    await s.answerAll();
    store.want(400, 700); // a drag passing by: blocks 4..7 queued, block 5 (the middle) asked first
    store.want(900_000, 900_030);
    await s.answerAll();
    const offsets = s.asked.slice(1).map((r) => r.offset ?? `cursor ${String(r.cursor)}`);
    expect(offsets).toEqual([500, 900_000]);
    expect(store.rowAt(900_010)?.id).toBe(900_011);
    expect(store.rowAt(650)).toBeUndefined();
  });

  it('keeps the rows on screen through a refresh, then shows their new version', async () => {
    const s = source(300);
    const store = new RowStore(s.fetcher, { blockSize: 100 });
    store.open();
    store.want(0, 50);
    await s.answerAll();
    s.nextGeneration();
    store.refresh();
    expect(store.rowAt(10)?.id).toBe(11);
    await s.answerAll();
    expect(store.rowAt(10)?.id).toBe(1_000_011);
  });

  it('gives the ids of a range, fetching what it does not hold', async () => {
    const s = source(5000);
    const store = new RowStore(s.fetcher, { blockSize: 100 });
    store.open();
    store.want(0, 50);
    await s.answerAll();
    const ids = store.idsBetween(95, 1304);
    await s.answerAll();
    const result = await ids;
    expect(result.ok && result.value.length).toBe(1210);
    expect(result.ok && [result.value[0], result.value.at(-1)]).toEqual([96, 1305]);
  });

  it('says what went wrong, and asks again only after a refresh', async () => {
    let fail = true;
    const asked: PageRequest[] = [];
    const store = new RowStore((request) => {
      asked.push(request);
      return Promise.resolve(
        fail
          ? { ok: false, error: { code: 'internal', message: 'disk on fire' } }
          : { ok: true, value: { rows: [incident(1)], total: 1, nextCursor: null, terms: ['x'] } },
      );
    });
    store.open();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.error?.message).toBe('disk on fire');
    store.want(0, 10);
    expect(asked).toHaveLength(1);
    fail = false;
    store.refresh();
    await new Promise((r) => setTimeout(r, 0));
    expect([store.error, store.total, store.terms]).toEqual([null, 1, ['x']]);
  });
});
