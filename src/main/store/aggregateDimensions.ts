/**
 * The incident columns agg_day_dim counts per category, UTC day and value (migration 0006). Each is a
 * column of incidents with the same name, so it can stand in SQL as written here.
 */
export const AGGREGATE_DIMENSIONS = ['severity', 'status', 'source', 'region', 'sector'] as const;
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];

/** The category of agg_day_dim rows that sum every category. */
export const ALL_CATEGORIES = '*';

/** The columns agg_value counts per value over all time (migration 0010), for the top-N lists. */
export const TOP_VALUE_COLUMNS = ['asset', 'attacker_ip'] as const;
export type TopValueColumn = (typeof TOP_VALUE_COLUMNS)[number];
