// The most frequent targets or attacking addresses of a period (stats.top), exact without counting
// every value. Candidates come from agg_value in order of their all-time count; a value's count in the
// period can only be lower, so once the list is full and the next candidate's all-time count is no
// higher than the last entry's period count, no later value can enter it (a threshold algorithm).
// Each candidate's period count reads the entries of one value in the table's sort index on the column
// (value, id, occurred_at, category): the time and category are in the index, no row is read.
import type { Database } from 'better-sqlite3';
import type { Period } from '../../shared/period';
import type { CategoryCode } from '../../shared/taxonomy';
import { TOP_DIMENSIONS, type TopDimension, type TopValueRow, type TopValues } from '../../shared/topValues';
import { periodInstants, storeTimeZone } from '../store/localDay';
import { statsPeriod } from './breakdown';
import { countsByCategory } from './categoryCounts';
import { badLimit, notOneOf } from './queryFaults';

export interface TopQuery extends Period {
  by: TopDimension;
  categories?: readonly CategoryCode[] | undefined;
  limit?: number | undefined;
  timeZone?: string | undefined;
}

export const MAX_TOP_LIMIT = 100;
/** Candidates looked at before giving up on exactness: bounds the work on stores of one-off values. */
export const TOP_CANDIDATE_BUDGET = 5000;

// Column and index per dimension from a fixed list: no caller's text reaches the SQL.
const INDEX: Readonly<Record<TopDimension, string>> = {
  asset: 'incidents_asset',
  attacker_ip: 'incidents_attacker_ip',
};

export function topValues(db: Database, query: TopQuery): TopValues {
  const zone = storeTimeZone(db);
  const period = statsPeriod(query, zone);
  const by: unknown = query.by;
  if (typeof by !== 'string' || !(TOP_DIMENSIONS as readonly string[]).includes(by)) {
    throw notOneOf(by, TOP_DIMENSIONS);
  }
  const column = by as TopDimension;
  const limit = query.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TOP_LIMIT) {
    throw badLimit(limit, MAX_TOP_LIMIT);
  }
  const codes =
    query.categories !== undefined && query.categories.length > 0 ? [...new Set(query.categories)] : [];
  const count = db.prepare(
    `SELECT count(*) AS n FROM incidents INDEXED BY ${INDEX[column]}
     WHERE ${column} = ? AND ${column} <> '' AND occurred_at >= ? AND occurred_at < ?
     ${codes.length > 0 ? `AND category IN (${codes.map(() => '?').join(', ')})` : ''}`,
  );
  const { start, end } = periodInstants(period, zone);
  let total = 0;
  for (const n of countsByCategory(db, period, codes).values()) total += n;
  const top: { value: string; count: number }[] = [];
  let complete = true;
  /** Incidents of the period found under the values looked at: once it reaches the total, none are left. */
  let found = 0;
  let examined = 0;
  const candidates = db
    .prepare(`SELECT value, n FROM agg_value WHERE dim = ? ORDER BY n DESC, value`)
    .iterate(column) as IterableIterator<{ value: string; n: number }>;
  for (const candidate of candidates) {
    if (found >= total) break;
    const last = top.length >= limit ? top[top.length - 1] : undefined;
    // Equal counts go on, so that ties fall in value order exactly as a full count would rank them.
    if (last !== undefined && candidate.n < last.count) break;
    if (examined === TOP_CANDIDATE_BUDGET) {
      // Past the budget only ties with the last entry remain uncertain: its counts are still exact.
      complete = last !== undefined && candidate.n === last.count;
      break;
    }
    examined++;
    const n = (count.get(candidate.value, start, end, ...codes) as { n: number }).n;
    found += n;
    if (n > 0) insertRanked(top, { value: candidate.value, count: n }, limit);
  }
  const rows: TopValueRow[] = top.map((r) => ({ ...r, share: total === 0 ? 0 : r.count / total }));
  return { by: column, rows, total, complete };
}

/** Inserts into a list kept sorted by count descending, then value, and at most `limit` long. */
function insertRanked(
  top: { value: string; count: number }[],
  entry: { value: string; count: number },
  limit: number,
): void {
  let i = top.length;
  while (i > 0) {
    const before = top[i - 1];
    if (
      before === undefined ||
      before.count > entry.count ||
      (before.count === entry.count && before.value < entry.value)
    )
      break;
    i--;
  }
  top.splice(i, 0, entry);
  if (top.length > limit) top.pop();
}
