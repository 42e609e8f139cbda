// The per-day bounds of the rows an import stores (migration 0015), tallied as it stores them and added
// to sort_bounds once at its end: no second pass over the new rows.
import type { Database } from 'better-sqlite3';

/** The bounds of the rows an import stores, per UTC day, added to sort_bounds when it ends. */
export class DayBounds {
  /** day → [external id lo, hi, reported lo, hi, detected lo, hi], as sort keys ('' when missing). */
  private readonly days = new Map<string, string[]>();
  /** day → [lowest id, highest id]. */
  private readonly ids = new Map<string, [number, number]>();

  add(occurredAt: string, id: number, externalId: unknown, reportedAt: unknown, detectedAt: unknown): void {
    const day = occurredAt.slice(0, 10);
    let bounds = this.days.get(day);
    const ids = this.ids.get(day);
    if (bounds === undefined || ids === undefined) {
      bounds = [];
      this.days.set(day, bounds);
      this.ids.set(day, [id, id]);
    } else {
      if (id < ids[0]) ids[0] = id;
      if (id > ids[1]) ids[1] = id;
    }
    widen(bounds, 0, sortKey(externalId));
    widen(bounds, 2, sortKey(reportedAt));
    widen(bounds, 4, sortKey(detectedAt));
  }

  save(db: Database): void {
    const upsert = db.prepare(
      `INSERT INTO sort_bounds (day, id_lo, id_hi, external_id_lo, external_id_hi, reported_lo, reported_hi,
         detected_lo, detected_hi)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET
         id_lo = min(id_lo, excluded.id_lo), id_hi = max(id_hi, excluded.id_hi),
         external_id_lo = min(external_id_lo, excluded.external_id_lo), external_id_hi = max(external_id_hi, excluded.external_id_hi),
         reported_lo = min(reported_lo, excluded.reported_lo), reported_hi = max(reported_hi, excluded.reported_hi),
         detected_lo = min(detected_lo, excluded.detected_lo), detected_hi = max(detected_hi, excluded.detected_hi)`,
    );
    for (const [day, bounds] of this.days) upsert.run(day, ...(this.ids.get(day) ?? [0, 0]), ...bounds);
    this.days.clear();
    this.ids.clear();
  }
}

/** As a TEXT column's sort key holds a value: a missing one as '', anything else as text. */
function sortKey(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}

/**
 * Widens the bounds at `lo` and `lo + 1` to hold `value`. A value kept is copied: a string cut from a
 * larger one (a parsed chunk of the file) would otherwise keep all of it alive until the import ends.
 */
function widen(bounds: string[], lo: number, value: string): void {
  const low = bounds[lo];
  const high = bounds[lo + 1];
  if (low === undefined || compareStored(value, low) < 0) bounds[lo] = own(value);
  if (high === undefined || compareStored(value, high) > 0) bounds[lo + 1] = own(value);
}

function own(value: string): string {
  return value.length < 13 ? value : Buffer.from(value, 'utf8').toString('utf8');
}

/**
 * Text in SQLite's order (BINARY: the bytes of UTF-8, which is code point order). JavaScript's `<`
 * compares UTF-16 units, which put a character above U+FFFF (a surrogate pair, 0xD800-0xDFFF) before
 * one of U+E000-U+FFFF: lifting surrogates above that block gives code point order.
 */
export function compareStored(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}
