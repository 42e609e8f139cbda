// What an import counts of the rows it stores, as it stores them, written once at its end: the daily
// aggregates (aggregateTally.ts) and the per-day sort bounds (dayBounds.ts). Reading the new rows back
// for these after the fact cost a pass and a sort per table.
import type { Database } from 'better-sqlite3';
import { AGGREGATE_DIMENSIONS } from '../store/aggregateDimensions';
import { AggregateTally } from '../store/queries/aggregateTally';
import { DayBounds } from '../store/queries/dayBounds';
import type { InsertColumn } from '../store/queries/incidents';

export class StoredRowsTally {
  private readonly aggregates: AggregateTally;
  private readonly bounds = new DayBounds();
  private readonly occurredAt: number;
  private readonly categoryAt: number;
  private readonly boundedAt: readonly number[];
  private readonly dimensionsAt: readonly number[];
  private readonly dimensions: string[];

  /** `columns`: the insert's columns, in the order of the values `add` gets; `zone`: the store's. */
  constructor(db: Database, columns: readonly InsertColumn[], zone: string) {
    this.aggregates = new AggregateTally(db, zone);
    this.occurredAt = columns.indexOf('occurred_at');
    this.categoryAt = columns.indexOf('category');
    this.boundedAt = (['external_id', 'reported_at', 'detected_at'] as const).map((c) => columns.indexOf(c));
    this.dimensionsAt = AGGREGATE_DIMENSIONS.map((c) => columns.indexOf(c));
    this.dimensions = this.dimensionsAt.map(() => '');
  }

  /** One row the insert stored: its id, and its values by the columns' order. */
  add(id: number, values: readonly unknown[]): void {
    const occurred = values[this.occurredAt] as string;
    const [externalIdAt = -1, reportedAt = -1, detectedAt = -1] = this.boundedAt;
    const at = (k: number): unknown => (k < 0 ? null : values[k]);
    this.bounds.add(occurred, id, at(externalIdAt), at(reportedAt), at(detectedAt));
    // A column the insert leaves out is stored as its default, '' for every counted dimension.
    for (let d = 0; d < this.dimensions.length; d++) {
      const k = this.dimensionsAt[d] ?? -1;
      this.dimensions[d] = k < 0 ? '' : text(values[k]);
    }
    this.aggregates.add(occurred, values[this.categoryAt] as string, this.dimensions);
  }

  save(db: Database): void {
    this.aggregates.save();
    this.bounds.save(db);
  }
}

/** A value as a TEXT column stores it (the row builder gives text, numbers or null). */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}
