// The dashboard's "top" lists: the most frequent targets (assets) and attacking addresses of a period.

export const TOP_DIMENSIONS = ['asset', 'attacker_ip'] as const;
export type TopDimension = (typeof TOP_DIMENSIONS)[number];

export interface TopValueRow {
  value: string;
  count: number;
  /** count / the period's incidents (in the categories asked for), a fraction from 0 to 1. */
  share: number;
}

export interface TopValues {
  by: TopDimension;
  /** The most frequent values, by count descending, then value; only values with incidents. */
  rows: TopValueRow[];
  /** Every incident of the period in the categories asked for (with or without a value). */
  total: number;
  /**
   * True when the list is exact. The search stops early when no later value can enter the list; on a
   * store where nearly every value occurs once it may instead hit its work limit, and says so here.
   */
  complete: boolean;
}
