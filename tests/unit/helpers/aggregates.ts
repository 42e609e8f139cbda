// The aggregate tables (migration 0006) seen as tests need them: their whole content, the same content
// computed directly from the incidents, and a way to put a count only the aggregates hold.
import type { Database } from 'better-sqlite3';
import { AGGREGATE_DIMENSIONS, ALL_CATEGORIES } from '../../../src/main/store/aggregateDimensions';
import { localDaySql, storeTimeZone } from '../../../src/main/store/localDay';

export function aggregateRows(db: Database): { categories: unknown[]; dims: unknown[] } {
  return {
    categories: db.prepare('SELECT day, category, n FROM agg_day_category ORDER BY day, category').all(),
    dims: db
      .prepare('SELECT dim, category, day, value, n FROM agg_day_dim ORDER BY dim, category, day, value')
      .all(),
  };
}

/** What the aggregate tables must hold for the incidents stored now. */
export function directAggregates(db: Database): { categories: unknown[]; dims: unknown[] } {
  // Days in the store's time zone, as the aggregates count them.
  const day = localDaySql('occurred_at', storeTimeZone(db));
  const categories = db
    .prepare(
      `SELECT ${day} AS day, category, count(*) AS n FROM incidents
       GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
  const dims = AGGREGATE_DIMENSIONS.flatMap((dim) =>
    db
      .prepare(
        `SELECT ? AS dim, category, ${day} AS day, ${dim} AS value, count(*) AS n
         FROM incidents GROUP BY 2, 3, 4
         UNION ALL
         SELECT ?, ?, ${day}, ${dim}, count(*) FROM incidents GROUP BY 3, 4`,
      )
      .all(dim, dim, ALL_CATEGORIES),
  ) as { dim: string; category: string; day: string; value: string; n: number }[];
  const key = (r: (typeof dims)[number]): string => JSON.stringify([r.dim, r.category, r.day, r.value]);
  // Ordered as SQLite orders the table (binary collation = UTF-8 byte order).
  dims.sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
  return { categories, dims };
}

export function aggregatesMatchRows(db: Database): boolean {
  return JSON.stringify(aggregateRows(db)) === JSON.stringify(directAggregates(db));
}

export interface AggregateCell {
  day: string;
  category: string;
  severity?: string;
  status?: string;
  source?: string;
  region?: string;
  sector?: string;
  n: number;
}

/** Adds a count to the aggregates only (no incident): were the incidents scanned, it would not show. */
export function addAggregateCell(db: Database, cell: AggregateCell): void {
  db.prepare(
    `INSERT INTO agg_day_category (day, category, n) VALUES (?, ?, ?)
     ON CONFLICT (day, category) DO UPDATE SET n = n + excluded.n`,
  ).run(cell.day, cell.category, cell.n);
  const upsert = db.prepare(
    `INSERT INTO agg_day_dim (dim, category, day, value, n) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (dim, category, day, value) DO UPDATE SET n = n + excluded.n`,
  );
  for (const dim of AGGREGATE_DIMENSIONS) {
    const value = dim === 'status' ? (cell.status ?? 'new') : (cell[dim] ?? '');
    upsert.run(dim, cell.category, cell.day, value, cell.n);
    upsert.run(dim, ALL_CATEGORIES, cell.day, value, cell.n);
  }
}
