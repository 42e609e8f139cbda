// The incidents a report counts, as a condition on the incidents table: those that occurred on a day
// of the period (in the store's time zone, as the daily aggregates count them) in its categories. The
// stamp and the notable incidents select with it, so they cover exactly the rows the figures count.
import type { Period } from '../../shared/period';
import type { CategoryCode } from '../../shared/taxonomy';
import { periodInstants } from '../store/localDay';

export interface CountedRows {
  /** A boolean SQL expression over the columns of `incidents`. */
  where: string;
  params: string[];
}

export function countedRows(period: Period, categories: readonly CategoryCode[], zone: string): CountedRows {
  const codes = [...new Set(categories)];
  // The instants the period's first day starts and the day after its last starts, in the store's zone.
  const { start, end } = periodInstants(period, zone);
  const where = `occurred_at >= ? AND occurred_at < ?${
    codes.length === 0 ? '' : ` AND category IN (${codes.map(() => '?').join(', ')})`
  }`;
  return { where, params: [start, end, ...codes] };
}
