// Which period the dashboard shows, and how the period bar names it. The address holds plain dates
// (bookmarks and reports must mean the same days tomorrow); the bar recognizes a preset in them.
import type { TrendGranularity } from '../../../shared/domain';
import {
  dayCount,
  firstMonths,
  PERIOD_PRESETS,
  presetPeriod,
  ymd,
  type IsoDate,
  type Period,
  type PeriodPreset,
} from '../../../shared/period';

export type PeriodChoice =
  | { kind: 'preset'; preset: PeriodPreset }
  /** Year to date of the latest year with data, offered when the store's data ends before this year. */
  | { kind: 'latest' }
  | { kind: 'first_months'; year: number; months: number }
  | { kind: 'custom' };

/** Where a preset's name is in the catalog (`period.presets.thisWeek`): keys are camelCase, codes are not. */
export const PRESET_KEYS: Readonly<
  Record<PeriodPreset, 'thisWeek' | 'thisMonth' | 'last30Days' | 'thisQuarter' | 'yearToDate'>
> = {
  this_week: 'thisWeek',
  this_month: 'thisMonth',
  last_30_days: 'last30Days',
  this_quarter: 'thisQuarter',
  year_to_date: 'yearToDate',
};

/**
 * The latest year with data, to date, when the store's newest incident is older than this year; null
 * otherwise. Presets count back from the real today, so on a store of last year's exports every one of
 * them would open on zeros: the default falls back to the latest data instead, and says so in the bar.
 */
export function latestDataPeriod(lastDay: IsoDate | null, today: IsoDate): Period | null {
  if (lastDay === null || lastDay >= `${today.slice(0, 4)}-01-01`) return null;
  return presetPeriod('year_to_date', lastDay);
}

/** The period shown when the address names none: year to date, of this year or of the latest data. */
export function defaultPeriod(lastDay: IsoDate | null, today: IsoDate): Period {
  return latestDataPeriod(lastDay, today) ?? presetPeriod('year_to_date', today);
}

function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/** How the bar names a period: a preset first, then the latest data, whole first months, or custom dates. */
export function choiceOf(period: Period, today: IsoDate, lastDay: IsoDate | null): PeriodChoice {
  const preset = PERIOD_PRESETS.find((p) => samePeriod(presetPeriod(p, today), period));
  if (preset !== undefined) return { kind: 'preset', preset };
  const latest = latestDataPeriod(lastDay, today);
  if (latest !== null && samePeriod(latest, period)) return { kind: 'latest' };
  const { year, month } = ymd(period.to);
  if (samePeriod(firstMonths(year, month), period)) return { kind: 'first_months', year, months: month };
  return { kind: 'custom' };
}

/** A granularity that gives a readable number of bars: days up to two months, then weeks, months, quarters. */
export function autoGranularity(period: Period): TrendGranularity {
  const days = dayCount(period);
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  if (days <= 3 * 366) return 'month';
  return 'quarter';
}
