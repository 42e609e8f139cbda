import { useState } from 'react';
import {
  dayCount,
  firstMonths,
  PERIOD_PRESETS,
  presetPeriod,
  ymd,
  type IsoDate,
  type Period,
} from '../../../shared/period';
import { choiceOf, latestDataPeriod, PRESET_NAMES } from '../dashboard/periodChoice';
import { countOf } from '../format/count';
import { periodText } from '../format/periodText';
import { CustomPeriodInputs } from './CustomPeriodInputs';

interface Props {
  period: Period;
  today: IsoDate;
  /** The first and last day with incidents (null for an empty store): the years offered and the latest data. */
  firstDay: IsoDate | null;
  lastDay: IsoDate | null;
  onChange: (period: Period) => void;
}

const MONTH_COUNTS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The first months a "first months of" choice starts with: the whole months the period already covers. */
function wholeMonths(period: Period): number {
  const { year, month } = ymd(period.to);
  return firstMonths(year, month).to === period.to ? month : Math.max(1, month - 1);
}

/**
 * The period the dashboard counts: presets ending today, the latest year with data, the first N
 * months of a year, or dates of one's own. The bar names the period it shows whichever way it was
 * chosen (a bookmarked address included), by recognizing a preset in its dates.
 */
export function PeriodBar({ period, today, firstDay, lastDay, onChange }: Props) {
  // The dates alone cannot always say how a period was chosen: first months may also be the latest
  // data, and "custom dates" may be any period. The bar keeps the choice made here for as long as the
  // period is the one it chose; a period from elsewhere (back, a bookmark) is named from its dates.
  const [chosen, setChosen] = useState<{ kind: 'first_months' | 'custom'; key: string } | null>(null);
  const key = `${period.from}/${period.to}`;
  const choice = choiceOf(period, today, lastDay);
  const latest = latestDataPeriod(lastDay, today);
  const selected =
    chosen !== null && chosen.key === key
      ? chosen.kind
      : choice.kind === 'preset'
        ? `preset:${choice.preset}`
        : choice.kind;
  const change = (next: Period, kind: 'first_months' | 'custom' | null): void => {
    setChosen(kind === null ? null : { kind, key: `${next.from}/${next.to}` });
    onChange(next);
  };

  const thisYear = ymd(today).year;
  const periodYear = ymd(period.to).year;
  const lowest = Math.min(firstDay === null ? thisYear : ymd(firstDay).year, periodYear);
  const highest = Math.max(thisYear, lastDay === null ? thisYear : ymd(lastDay).year, periodYear);
  const years = Array.from({ length: highest - lowest + 1 }, (_, i) => highest - i);

  const choose = (value: string): void => {
    if (value.startsWith('preset:')) {
      const preset = PERIOD_PRESETS.find((p) => `preset:${p}` === value);
      if (preset !== undefined) change(presetPeriod(preset, today), null);
    } else if (value === 'latest' && latest !== null) change(latest, null);
    else if (value === 'first_months') change(firstMonths(periodYear, wholeMonths(period)), 'first_months');
    else if (value === 'custom') setChosen({ kind: 'custom', key });
  };
  // Shown while "first months" is selected, which is only ever for a period firstMonths made.
  const { month: months } = ymd(period.to);

  return (
    <div className="period-bar" role="group" aria-label="Period">
      <label className="inline-label">
        Period
        <select
          className="select"
          data-testid="period-preset"
          value={selected}
          onChange={(e) => {
            choose(e.target.value);
          }}
        >
          {PERIOD_PRESETS.map((p) => (
            <option key={p} value={`preset:${p}`}>
              {PRESET_NAMES[p]}
            </option>
          ))}
          {latest === null ? null : (
            <option value="latest">Latest data: {latest.from.slice(0, 4)} to date</option>
          )}
          <option value="first_months">First months of a year</option>
          <option value="custom">Custom dates</option>
        </select>
      </label>
      {selected === 'first_months' ? (
        <span className="period-months">
          <select
            className="select"
            aria-label="How many months"
            data-testid="period-months"
            value={months}
            onChange={(e) => {
              change(firstMonths(periodYear, Number(e.target.value)), 'first_months');
            }}
          >
            {MONTH_COUNTS.map((n) => (
              <option key={n} value={n}>
                {n === 1 ? 'First month' : `First ${String(n)} months`}
              </option>
            ))}
          </select>
          <span className="inline-label">of</span>
          <select
            className="select"
            aria-label="Year"
            data-testid="period-year"
            value={periodYear}
            onChange={(e) => {
              change(firstMonths(Number(e.target.value), months), 'first_months');
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      {selected === 'custom' ? (
        <CustomPeriodInputs
          key={key}
          period={period}
          onChange={(next) => {
            change(next, 'custom');
          }}
        />
      ) : null}
      <span className="period-text" data-testid="period-text" data-from={period.from} data-to={period.to}>
        {periodText(period)} · {countOf(dayCount(period), 'day')}
      </span>
    </div>
  );
}
