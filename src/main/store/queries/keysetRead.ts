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
