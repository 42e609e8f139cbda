// Evaluating every enabled rule as of a chosen day (today by default): the windows end that day, and
// the alerts that fire join the list (each once, however often it is evaluated).
import { useState } from 'react';
import { isIsoDate, STATS_TIME_ZONE, todayIn } from '../../../shared/period';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { bumpAlerts } from './alertsVersion';

export function EvaluatePanel() {
  const [asOf, setAsOf] = useState(() => todayIn(STATS_TIME_ZONE, new Date()));
  const evaluate = useAction('alerts.evaluate');
  const result = evaluate.value;

  return (
    <section className="panel evaluate-panel" aria-label="Evaluate as of a day">
      <form
        className="rule-inline"
        onSubmit={(e) => {
          e.preventDefault();
          void evaluate.run({ asOf, record: true }).then((r) => {
            if (r.ok) bumpAlerts();
          });
        }}
      >
        <label className="inline-label">
          Evaluate every enabled rule as of
          <input
            type="date"
            className="text-input"
            value={asOf}
            onChange={(e) => {
              setAsOf(e.target.value);
            }}
            data-testid="evaluate-as-of"
          />
        </label>
        <button
          type="submit"
          className="button"
          disabled={!isIsoDate(asOf) || evaluate.running}
          data-testid="evaluate"
        >
          Evaluate
        </button>
        {result === null ? null : (
          <span className="muted" role="status" data-testid="evaluate-result">
            As of {result.asOf}:{' '}
            {result.fired.length === 0
              ? 'nothing fires'
              : `${String(result.fired.length)} alert${result.fired.length === 1 ? '' : 's'}`}
            {result.added > 0 ? `, ${String(result.added)} new to the list` : ''}.
          </span>
        )}
      </form>
      {evaluate.error === null ? null : (
        <ErrorNotice error={evaluate.error} context="The rules could not be evaluated." />
      )}
    </section>
  );
}
