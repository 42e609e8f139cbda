import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dayCount,
  firstMonths,
  PERIOD_PRESETS,
  presetPeriod,
  ymd,
  type IsoDate,
  type Period,
} from '../../../shared/period';
import { choiceOf, latestDataPeriod, PRESET_KEYS } from '../dashboard/periodChoice';
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
  const { t, i18n } = useTranslation('dashboard');
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

  const monthsSelect = (
    <select
      className="select"
      aria-label={t('period.howManyMonths')}
      data-testid="period-months"
      value={months}
      onChange={(e) => {
        change(firstMonths(periodYear, Number(e.target.value)), 'first_months');
      }}
    >
      {MONTH_COUNTS.map((n) => (
        <option key={n} value={n}>
          {t('period.firstMonthsOption', { count: n })}
        </option>
      ))}
    </select>
  );
  const yearSelect = (
    <select
      className="select"
      aria-label={t('period.year')}
      data-testid="period-year"
      value={periodYear}
      onChange={(e) => {
        change(firstMonths(Number(e.target.value), months), 'first_months');
      }}
    >
      {years.map((y) => (
        <option key={y} value={y}>
          {t('period.yearOption', { year: String(y) })}
        </option>
      ))}
    </select>
  );
  // English says "first 9 months of 2016", Chinese "2016年的前9个月": the year comes first.
  const yearFirst = i18n.language === 'zh';

  return (
    <div className="period-bar" role="group" aria-label={t('period.label')}>
      <label className="inline-label">
        {t('period.label')}
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
              {t(`period.presets.${PRESET_KEYS[p]}`)}
            </option>
          ))}
          {latest === null ? null : (
            <option value="latest">{t('period.latest', { year: latest.from.slice(0, 4) })}</option>
          )}
          <option value="first_months">{t('period.firstMonths')}</option>
          <option value="custom">{t('period.custom')}</option>
        </select>
      </label>
      {selected === 'first_months' ? (
        <span className="period-months">
          {yearFirst ? yearSelect : monthsSelect}
          <span className="inline-label">{t('period.of')}</span>
          {yearFirst ? monthsSelect : yearSelect}
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
        {t('period.text', { period: periodText(period), days: t('days', { count: dayCount(period) }) })}
      </span>
    </div>
  );
}
