// Reading a plan's order from a key on. SQLite seeks a row value such as (title, id) > (?, ?) on the
// title alone and then reads every row with that title, since an index holds id as its rowid rather
// than as a column it ranges over. When a whole column shares one value (no report time, no attacker
// address: common in exports) every page deep in that order read all of it (measured at 1M rows: 30
// to 150 ms a page). So a two-key order walked by its index reads in two parts: the rest of the
// current value by id (an index seek on value and rowid), then the values after it.
import type { Database } from 'better-sqlite3';
import type { CompiledFilter } from './filterSql';
import type { KeyValue } from './pageCursor';
import type { PagePlan } from './pagePlan';
import { readByTag } from './tagOrderRead';

export interface ReadFrom {
  /** The sort key to start from; null from the first row of the order. */
  key: readonly KeyValue[] | null;
  /** Start at the key's own row (an anchor) rather than after it (a cursor). */
  inclusive: boolean;
  /** Rows to pass over before the ones returned. */
  skip: number;
  limit: number;
}

/** `columns` of the rows `from` describes, in the plan's order; arrays of values when `raw`. */
export function readOrdered(
  db: Database,
  plan: PagePlan,
  compiled: CompiledFilter,
  columns: string,
  from: ReadFrom,
  raw = false,
): unknown[] {
  const run = (
    extra: string,
    extraParams: readonly unknown[],
    order: string,
    limit: number,
    skip: number,
  ) => {
    const statement = db.prepare(
      `SELECT ${columns} FROM ${plan.from} WHERE (${compiled.where})${extra} ORDER BY ${order} LIMIT ? OFFSET ?`,
    );
    return (raw ? statement.raw() : statement).all(...compiled.params, ...extraParams, limit, skip);
  };
  const { key } = from;
  const comparison = from.inclusive ? plan.atOrAfter : plan.after;
  if (plan.byValue && from.skip === 0) return readByValue(db, plan, compiled, columns, from, raw);
  if (plan.byTag !== null && from.skip === 0) {
    return readByTag(db, plan, compiled, plan.byTag, columns, from, raw);
  }
  if (key === null) return run('', [], plan.order, from.limit, from.skip);
  const [first, id] = plan.keys;
  if (!plan.walks || plan.keys.length !== 2 || first === undefined || id === undefined) {
    const tuple = `(${plan.keys.join(', ')}) ${comparison} (${plan.keys.map(() => '?').join(', ')})`;
    return run(` AND ${tuple}`, key, plan.order, from.limit, from.skip);
  }
  const tie = ` AND ${first} = ? AND ${id} ${comparison} ?`;
  const tieParams = [key[0], key[1]];
  let skip = from.skip;
  let tieLeft = true;
  if (skip > 0) {
    const { n } = db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${plan.from} WHERE (${compiled.where})${tie} LIMIT ?)`,
      )
      .get(...compiled.params, ...tieParams, skip) as { n: number };
    if (n < skip) {
      skip -= n;
      tieLeft = false;
    }
  }
  const rows: unknown[] = [];
  if (tieLeft) {
    rows.push(...run(tie, tieParams, `${id} ${plan.direction}`, from.limit, skip));
    skip = 0;
  }
  if (rows.length < from.limit) {
    rows.push(...run(` AND ${first} ${plan.after} ?`, [key[0]], plan.order, from.limit - rows.length, skip));
  }
  return rows;
}

/**
 * A grouping order (value, occurred_at, id) read one value at a time: the values are found by seeks on
 * the index (a few, one per value), and each value's rows by a range seek on (value, occurred_at), so
 * a date filter costs a seek per value instead of a walk past every row of the other dates.
 */
function readByValue(
  db: Database,
  plan: PagePlan,
  compiled: CompiledFilter,
  columns: string,
  from: ReadFrom,
  raw: boolean,
): unknown[] {
  const [value, time, id] = plan.keys;
  if (value === undefined || time === undefined || id === undefined) return [];
  const next = db.prepare(
    `SELECT ${value} FROM ${plan.from} WHERE ${value} ${plan.after} ? ORDER BY ${value} ${plan.direction} LIMIT 1`,
  );
  const first = db.prepare(`SELECT ${value} FROM ${plan.from} ORDER BY ${value} ${plan.direction} LIMIT 1`);
  const within = `${time} ${plan.direction}, ${id} ${plan.direction}`;
  const rowsOf = (extra: string, params: readonly unknown[], limit: number): unknown[] => {
    const statement = db.prepare(
      `SELECT ${columns} FROM ${plan.from} WHERE (${compiled.where}) AND ${value} = ?${extra} ORDER BY ${within} LIMIT ?`,
    );
    return (raw ? statement.raw() : statement).all(...compiled.params, ...params, limit);
  };
  const rows: unknown[] = [];
  let current: unknown;
  if (from.key === null) {
    current = first.pluck().get();
  } else {
    const [keyValue, keyTime, keyId] = from.key;
    const comparison = from.inclusive ? plan.atOrAfter : plan.after;
    rows.push(
      ...rowsOf(` AND (${time}, ${id}) ${comparison} (?, ?)`, [keyValue, keyTime, keyId], from.limit),
    );
    current = next.pluck().get(keyValue);
  }
  while (current !== undefined && rows.length < from.limit) {
    rows.push(...rowsOf('', [current], from.limit - rows.length));
    current = next.pluck().get(current);
  }
  return rows;
}
