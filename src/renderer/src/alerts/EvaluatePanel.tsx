// Evaluating every enabled rule as of a chosen day (today by default): the windows end that day, and
// the alerts that fire join the list (each once, however often it is evaluated).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, STATS_TIME_ZONE, todayIn } from '../../../shared/period';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { bumpAlerts } from './alertsVersion';

export function EvaluatePanel() {
  const { t } = useTranslation('alerts');
  const [asOf, setAsOf] = useState(() => todayIn(STATS_TIME_ZONE, new Date()));
  const evaluate = useAction('alerts.evaluate');
  const result = evaluate.value;

  return (
    <section className="panel evaluate-panel" aria-label={t('evaluate.label')}>
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
          {t('evaluate.asOf')}
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
          {t('evaluate.run')}
        </button>
        <span className="muted" role="status" data-testid="evaluate-result">
          {result === null
            ? null
            : t('evaluate.result', {
                date: result.asOf,
                fired:
                  result.fired.length === 0
                    ? t('evaluate.nothingFires')
                    : t('evaluate.alerts', { count: result.fired.length }),
                added: result.added > 0 ? t('evaluate.added', { count: result.added }) : '',
              })}
        </span>
      </form>
      {evaluate.error === null ? null : (
        <ErrorNotice error={evaluate.error} context={t('evaluate.couldNotEvaluate')} />
      )}
    </section>
  );
}
