import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TREND_DAYS } from '../../../shared/domain';
import { dayCount, isIsoDate, type Period } from '../../../shared/period';
import { dashboardText } from '../dashboard/dashboardText';

interface Props {
  period: Period;
  onChange: (period: Period) => void;
}

/** What is wrong with two dates as a period, or null when they make one the dashboard can show. */
function problemOf(from: string, to: string): string | null {
  const t = dashboardText();
  if (!isIsoDate(from) || !isIsoDate(to)) return t('period.enterBoth');
  if (from > to) return t('period.reversed');
  if (dayCount({ from, to }) > MAX_TREND_DAYS) return t('period.tooLong', { max: String(MAX_TREND_DAYS) });
  return null;
}

/**
 * Two date inputs for a period of the analyst's own. A date being typed is kept here until both make
 * a period, so the address (and the figures) change only to periods that can be counted. Keyed by the
 * period outside, so a period chosen elsewhere resets them.
 */
export function CustomPeriodInputs({ period, onChange }: Props) {
  const { t } = useTranslation('dashboard');
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const problem = problemOf(from, to);
  // The problem is read out with the input it concerns, not only when it appears.
  const problemId = useId();
  const describedBy = problem === null ? undefined : problemId;

  const change = (nextFrom: string, nextTo: string): void => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (problemOf(nextFrom, nextTo) === null) onChange({ from: nextFrom, to: nextTo });
  };

  return (
    <span className="period-custom">
      <label className="inline-label">
        {t('period.from')}
        <input
          type="date"
          className="text-input"
          data-testid="period-from"
          value={from}
          max="9999-12-31"
          aria-invalid={problem !== null}
          aria-describedby={describedBy}
          onChange={(e) => {
            change(e.target.value, to);
          }}
        />
      </label>
      <label className="inline-label">
        {t('period.to')}
        <input
          type="date"
          className="text-input"
          data-testid="period-to"
          value={to}
          max="9999-12-31"
          aria-invalid={problem !== null}
          aria-describedby={describedBy}
          onChange={(e) => {
            change(from, e.target.value);
          }}
        />
      </label>
      {problem === null ? null : (
        <span className="period-problem" id={problemId} role="status">
          {problem}
        </span>
      )}
    </span>
  );
}
