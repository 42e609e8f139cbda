import { useState } from 'react';
import { MAX_TREND_DAYS } from '../../../shared/domain';
import { dayCount, isIsoDate, type Period } from '../../../shared/period';

interface Props {
  period: Period;
  onChange: (period: Period) => void;
}

/** What is wrong with two dates as a period, or null when they make one the dashboard can show. */
function problemOf(from: string, to: string): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'Enter both dates.';
  if (from > to) return 'The period ends before it starts.';
  if (dayCount({ from, to }) > MAX_TREND_DAYS) {
    return `At most ${String(MAX_TREND_DAYS)} days (about ten years).`;
  }
  return null;
}

/**
 * Two date inputs for a period of the analyst's own. A date being typed is kept here until both make
 * a period, so the address (and the figures) change only to periods that can be counted. Keyed by the
 * period outside, so a period chosen elsewhere resets them.
 */
export function CustomPeriodInputs({ period, onChange }: Props) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const problem = problemOf(from, to);

  const change = (nextFrom: string, nextTo: string): void => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (problemOf(nextFrom, nextTo) === null) onChange({ from: nextFrom, to: nextTo });
  };

  return (
    <span className="period-custom">
      <label className="inline-label">
        From
        <input
          type="date"
          className="text-input"
          data-testid="period-from"
          value={from}
          max="9999-12-31"
          aria-invalid={problem !== null}
          onChange={(e) => {
            change(e.target.value, to);
          }}
        />
      </label>
      <label className="inline-label">
        to
        <input
          type="date"
          className="text-input"
          data-testid="period-to"
          value={to}
          max="9999-12-31"
          aria-invalid={problem !== null}
          onChange={(e) => {
            change(from, e.target.value);
          }}
        />
      </label>
      {problem === null ? null : (
        <span className="period-problem" role="status">
          {problem}
        </span>
      )}
    </span>
  );
}
