// The daily aggregates of the rows an import stores (migration 0006), counted as it stores them and
// added to agg_day_category and agg_day_dim in parts (MAX_HELD) and at its end, in its transaction. Counting after the fact took a copy of the
// new rows and a GROUP BY (a sort of every row) per table and dimension: 4.6 s at 1M rows, where these
// counts cost about half a second on the way. The time-zone change still recounts in SQL
// (bulk.ts addDailyAggregates); both must agree, which the aggregate tests check against direct counts.
import type { Database } from 'better-sqlite3';
import { AGGREGATE_DIMENSIONS, ALL_CATEGORIES, type AggregateDimension } from '../aggregateDimensions';
import { localDay } from '../localDay';

/** One day and category: its incidents, and per dimension the incidents of each value. */
interface Cell {
  day: string;
  category: string;
  n: number;
  values: Map<string, number>[];
}

/**
 * Counts held before they are added to the tables: a store's cells grow with its days, categories and
 * values, not its rows, yet a file over many years holds hundreds of thousands (measured at 1M rows:
 * 430,000 cells, 30 MiB); adding them in parts keeps the import's memory flat. Adding is cumulative.
 */
const MAX_HELD = 50_000;

export class AggregateTally {
  /** By day, then category: no key made per row. */
  private readonly cells = new Map<string, Map<string, Cell>>();
  /** Counts held: cells and their values. */
  private held = 0;

  /** `zone`: the store's time zone, whose dates key the aggregates. */
  constructor(
    private readonly db: Database,
    private readonly zone: string,
  ) {}

  /** One stored row: its occurrence (UTC, as stored), category, and the dimensions' values in order. */
  add(occurredAt: string, category: string, dimensions: readonly string[]): void {
    const day = localDay(occurredAt, this.zone) ?? '';
    let ofDay = this.cells.get(day);
    if (ofDay === undefined) {
      ofDay = new Map();
      this.cells.set(day, ofDay);
    }
    let cell = ofDay.get(category);
    if (cell === undefined) {
      cell = { day, category, n: 0, values: AGGREGATE_DIMENSIONS.map(() => new Map<string, number>()) };
      ofDay.set(category, cell);
      this.held++;
    }
    cell.n++;
    for (let i = 0; i < cell.values.length; i++) {
      const counts = cell.values[i] as Map<string, number>;
      const value = dimensions[i] ?? '';
      const n = counts.get(value);
      if (n === undefined) this.held++;
      counts.set(value, (n ?? 0) + 1);
    }
    if (this.held >= MAX_HELD) this.save();
  }

  /** Adds the counts held to the tables (in the import's transaction) and starts again from none. */
  save(): void {
    const { db } = this;
    const category = db.prepare(
      `INSERT INTO agg_day_category (day, category, n) VALUES (?, ?, ?)
       ON CONFLICT (day, category) DO UPDATE SET n = n + excluded.n`,
    );
    const dim = db.prepare(
      `INSERT INTO agg_day_dim (dim, category, day, value, n) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (dim, category, day, value) DO UPDATE SET n = n + excluded.n`,
    );
    // The all-category rows: per dimension, day and value, the sum over the categories.
    const all = new Map<string, { dim: AggregateDimension; day: string; value: string; n: number }>();
    for (const cell of [...this.cells.values()].flatMap((ofDay) => [...ofDay.values()])) {
      category.run(cell.day, cell.category, cell.n);
      AGGREGATE_DIMENSIONS.forEach((name, i) => {
        for (const [value, n] of cell.values[i] as Map<string, number>) {
          dim.run(name, cell.category, cell.day, value, n);
          const key = `${name}\u0000${cell.day}\u0000${value}`;
          const sum = all.get(key);
          if (sum === undefined) all.set(key, { dim: name, day: cell.day, value, n });
          else sum.n += n;
        }
      });
    }
    for (const sum of all.values()) dim.run(sum.dim, ALL_CATEGORIES, sum.day, sum.value, sum.n);
    this.cells.clear();
    this.held = 0;
  }
}
