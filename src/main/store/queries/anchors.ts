// Jumping to row N of a filtered order (the scrollbar dragged to 90%) without OFFSET N over the whole
// order every time: the sort key of every ANCHOR_STEP-th row is kept as it is found, per filter, order
// and store version, so a jump costs a short OFFSET from the nearest anchor. Anchors are found by chained
// OFFSET steps that read only the sort keys (from the sort's index alone when the filter allows): one
// pass as far as the farthest row asked for, never again while the store is unchanged.
import type { Database } from 'better-sqlite3';
import type { KeyValue } from './pageCursor';
import type { CompiledFilter } from './filterSql';
import type { PagePlan } from './pagePlan';
import { readOrdered } from './keysetRead';
import { remember } from './readCache';

/** Rows between anchors: a jump reads at most this many index entries past its anchor. */
export const ANCHOR_STEP = 10_000;

/** Where row `offset` starts: the nearest anchor at or before it and how many rows lie between. */
export interface Seek {
  anchor: KeyValue[] | null;
  skip: number;
}

export function seekOffset(
  db: Database,
  cacheKey: string,
  plan: PagePlan,
  compiled: CompiledFilter,
  offset: number,
  step = ANCHOR_STEP,
): Seek {
  const anchors = remember<KeyValue[][]>(db, `anchors:${String(step)}:${cacheKey}`, () => []);
  const keys = plan.keys.join(', ');
  const read = (key: KeyValue[] | null, skip: number): KeyValue[] | undefined =>
    readOrdered(db, plan, compiled, keys, { key, inclusive: true, skip, limit: 1 }, true)[0] as
      KeyValue[] | undefined;
  if (anchors.length === 0) {
    const first = read(null, 0);
    if (first === undefined) return { anchor: null, skip: offset };
    anchors.push(first);
  }
  const wanted = Math.floor(offset / step);
  while (anchors.length <= wanted) {
    const found = read(anchors.at(-1) ?? null, step);
    if (found === undefined) break;
    anchors.push(found);
  }
  const index = Math.min(wanted, anchors.length - 1);
  return { anchor: anchors[index] ?? null, skip: offset - index * step };
}
