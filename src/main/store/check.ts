// `vigil check`: is the store sound? SQLite's own page and index check, the foreign keys, and every
// stored aggregate against a count made directly from incidents, and the sort bounds against the rows.
import type { Database } from 'better-sqlite3';
import { messageText, type Message } from '../../shared/i18n/message';
import { AGGREGATE_DIMENSIONS, ALL_CATEGORIES } from './aggregateDimensions';

export interface CheckProblem {
  /** integrity, foreign_key or aggregate */
  kind: 'integrity' | 'foreign_key' | 'aggregate';
  /** In English; SQLite's own words for an integrity problem. */
  message: string;
  /** The same as a catalog message, for a reader in another language (not for SQLite's words). */
  text?: Message;
}

function problem(kind: CheckProblem['kind'], text: Message): CheckProblem {
  return { kind, message: messageText(text, 'en'), text };
}

export interface CheckReport {
  ok: boolean;
  file: string;
  problems: CheckProblem[];
  /** How many aggregate cells were compared with a direct count. */
  aggregateCells: number;
}

/** Problems listed per kind, at most; a store broken everywhere would otherwise print millions. */
const LIMIT = 100;

export function checkStore(db: Database): CheckReport {
  const problems: CheckProblem[] = [];
  const integrity = db.pragma(`integrity_check(${String(LIMIT)})`, { simple: false }) as {
    integrity_check: string;
  }[];
  for (const row of integrity) {
    if (row.integrity_check !== 'ok') problems.push({ kind: 'integrity', message: row.integrity_check });
  }
  const foreign = db.pragma('foreign_key_check') as {
    table: string;
    rowid: number | null;
    parent: string;
  }[];
  for (const row of foreign.slice(0, LIMIT)) {
    problems.push(
      problem('foreign_key', {
        key: 'errors:check.foreignKey',
        params: { table: row.table, row: String(row.rowid), parent: row.parent },
      }),
    );
  }
  const aggregates = compareAggregates(db);
  problems.push(...aggregates.problems, ...outsideSortBounds(db));
  return {
    ok: problems.length === 0,
    file: db.name,
    problems,
    aggregateCells: aggregates.cells,
  };
}

/**
 * Each aggregate table against the same GROUP BY over incidents, counted into a keyed temporary table
 * (the temp schema is writable on a read-only connection) so that both directions of the comparison
 * are index lookups: cells missing on either side and cells with another count; a stored n <= 0 is
 * always wrong. About 2 s for 300,000 incidents, where joining two unkeyed GROUP BYs took 16 s.
 */
function compareAggregates(db: Database): { cells: number; problems: CheckProblem[] } {
  const problems: CheckProblem[] = [];
  const missing = ['agg_day_category', 'agg_day_dim'].filter(
    (table) =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) === undefined,
  );
  for (const table of missing) {
    problems.push(problem('aggregate', { key: 'errors:check.tableMissing', params: { table } }));
  }
  if (missing.length > 0) return { cells: 0, problems };

  db.exec(`
    DROP TABLE IF EXISTS temp.counted_day_category;
    DROP TABLE IF EXISTS temp.counted_day_dim;
    CREATE TEMP TABLE counted_day_category (day TEXT, category TEXT, n INTEGER, PRIMARY KEY (day, category))
      WITHOUT ROWID;
    CREATE TEMP TABLE counted_day_dim (dim TEXT, category TEXT, day TEXT, value TEXT, n INTEGER,
      PRIMARY KEY (dim, category, day, value)) WITHOUT ROWID;
    INSERT INTO temp.counted_day_category
      SELECT substr(occurred_at, 1, 10), category, count(*) FROM incidents GROUP BY 1, 2;
  `);
  try {
    for (const dim of AGGREGATE_DIMENSIONS) {
      // `dim` comes from the fixed list of aggregated columns, never from input.
      db.exec(`
        INSERT INTO temp.counted_day_dim
          SELECT '${dim}', category, substr(occurred_at, 1, 10), ${dim}, count(*) FROM incidents GROUP BY 2, 3, 4;
        INSERT INTO temp.counted_day_dim
          SELECT '${dim}', '${ALL_CATEGORIES}', day, value, sum(n) FROM temp.counted_day_dim
          WHERE dim = '${dim}' GROUP BY day, value;
      `);
    }
    const found = [
      ...differences(db, 'agg_day_category', ['day', 'category']),
      ...differences(db, 'agg_day_dim', ['dim', 'category', 'day', 'value']),
    ];
    for (const d of found) {
      problems.push(
        problem('aggregate', {
          key: 'errors:check.aggregate',
          params: { table: d.table, cell: d.key, stored: String(d.stored), counted: String(d.counted) },
        }),
      );
    }
    const cells = db
      .prepare('SELECT (SELECT count(*) FROM agg_day_category) + (SELECT count(*) FROM agg_day_dim)')
      .pluck()
      .get() as number;
    return { cells, problems: problems.slice(0, LIMIT) };
  } finally {
    db.exec('DROP TABLE temp.counted_day_category; DROP TABLE temp.counted_day_dim;');
  }
}

/**
 * Incidents outside the bounds stored for their day (migration 0015): a walk that starts at a bound
 * would never show them. Bounds wider than the rows are fine (rows deleted since).
 */
function outsideSortBounds(db: Database): CheckProblem[] {
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sort_bounds'").get() === undefined) {
    return [problem('aggregate', { key: 'errors:check.tableMissing', params: { table: 'sort_bounds' } })];
  }
  const rows = db
    .prepare(
      `SELECT i.id AS id, substr(i.occurred_at, 1, 10) AS day FROM incidents i
       LEFT JOIN sort_bounds b ON b.day = substr(i.occurred_at, 1, 10)
       WHERE b.day IS NULL OR i.id NOT BETWEEN b.id_lo AND b.id_hi
         OR i.external_id_sort NOT BETWEEN b.external_id_lo AND b.external_id_hi
         OR i.reported_at_sort NOT BETWEEN b.reported_lo AND b.reported_hi
         OR i.detected_at_sort NOT BETWEEN b.detected_lo AND b.detected_hi
       LIMIT ${String(LIMIT)}`,
    )
    .all() as { id: number; day: string }[];
  return rows.map(({ id, day }) =>
    problem('aggregate', { key: 'errors:check.sortBounds', params: { id: String(id), day } }),
  );
}

interface Difference {
  table: string;
  key: string;
  stored: number;
  counted: number;
}

/** Stored cells that differ from the count in temp.counted_<table>, then counted cells never stored. */
function differences(db: Database, table: 'agg_day_category' | 'agg_day_dim', keys: readonly string[]) {
  const counted = `temp.counted_${table.slice('agg_'.length)}`;
  const using = keys.join(', ');
  const keyOf = (side: string): string => keys.map((k) => `${side}.${k}`).join(` || ' / ' || `);
  const sql = `
    SELECT '${table}' AS "table", ${keyOf('s')} AS key, s.n AS stored, coalesce(c.n, 0) AS counted
      FROM main.${table} s LEFT JOIN ${counted} c USING (${using}) WHERE c.n IS NOT s.n OR s.n <= 0
    UNION ALL
    SELECT '${table}', ${keyOf('c')}, 0, c.n FROM ${counted} c LEFT JOIN main.${table} s USING (${using})
      WHERE s.n IS NULL
    LIMIT ${String(LIMIT)}`;
  return db.prepare(sql).all() as Difference[];
}
