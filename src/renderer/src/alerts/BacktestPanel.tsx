// A rule run over past days: choose the rule and the days (the last year of data by default), see its
// daily series with the level it had to reach, and the days it would have fired, each explained.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BACKTEST_DAYS, type AlertRule } from '../../../shared/alerts';
import { addDays, dayCount, isIsoDate, STATS_TIME_ZONE, todayIn } from '../../../shared/period';
import { ErrorNotice } from '../components/ErrorNotice';
import { useDataRange } from '../hooks/useDataRange';
import { explanationText, ruleName } from './alertWords';
import { BacktestChart } from './BacktestChart';
import { useAlertsOperation } from './useAlertsOperation';

interface Props {
  rules: readonly AlertRule[];
  ruleId: number;
  onRule: (id: number) => void;
}

export function BacktestPanel({ rules, ruleId, onRule }: Props) {
  const { t } = useTranslation('alerts');
  const range = useDataRange();
  const lastDay = range.value?.last ?? todayIn(STATS_TIME_ZONE, new Date());
  const [chosen, setChosen] = useState<{ from: string; to: string } | null>(null);
  const period = chosen ?? { from: addDays(lastDay, -364), to: lastDay };
  const valid =
    isIsoDate(period.from) &&
    isIsoDate(period.to) &&
    period.from <= period.to &&
    dayCount(period) <= MAX_BACKTEST_DAYS;
  const { value, error, loading } = useAlertsOperation(
    'alerts.backtest',
    { ruleId, from: period.from, to: period.to },
    valid && range.value !== null,
  );
  const rule = rules.find((r) => r.id === ruleId);
  const firedDays = value === null ? 0 : new Set(value.fired.map((a) => a.windowEnd)).size;
  const description =
    value === null
      ? ''
      : t('backtest.summary', {
          rule: ruleName(value.rule),
          from: value.period.from,
          to: value.period.to,
          fired: firedDays,
          count: value.days.length,
        });

  return (
    <section
      className="panel backtest-panel"
      aria-labelledby="backtest-title"
      aria-busy={loading}
      data-testid="backtest-panel"
    >
      <div className="panel-head">
        <h2 className="panel-title" id="backtest-title">
          {t('backtest.title')}
        </h2>
      </div>
      <div className="rule-inline">
        <select
          className="text-input select"
          aria-label={t('backtest.rule')}
          value={ruleId}
          onChange={(e) => {
            onRule(Number(e.target.value));
          }}
          data-testid="backtest-rule"
        >
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {ruleName(r.name)}
            </option>
          ))}
        </select>
        <label className="inline-label">
          {t('backtest.from')}
          <input
            type="date"
            className="text-input"
            value={period.from}
            aria-invalid={!valid}
            onChange={(e) => {
              setChosen({ ...period, from: e.target.value });
            }}
            data-testid="backtest-from"
          />
        </label>
        <label className="inline-label">
          {t('backtest.to')}
          <input
            type="date"
            className="text-input"
            value={period.to}
            aria-invalid={!valid}
            onChange={(e) => {
              setChosen({ ...period, to: e.target.value });
            }}
            data-testid="backtest-to"
          />
        </label>
      </div>
      {valid ? null : (
        <p className="rule-problem" role="alert">
          {t('backtest.invalidPeriod', { max: MAX_BACKTEST_DAYS })}
        </p>
      )}
      {error === null ? null : <ErrorNotice error={error} context={t('backtest.couldNotRun')} />}
      {value === null || rule === undefined ? null : (
        <>
          <p className="backtest-summary" role="status" data-testid="backtest-summary">
            {description}
          </p>
          <BacktestChart backtest={value} description={description} />
          {value.fired.length === 0 ? null : (
            <div className="table-scroll backtest-fired">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('backtest.columns.asOf')}</th>
                    <th scope="col">{t('backtest.columns.why')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('backtest.columns.incidents')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {value.fired.map((alert) => (
                    <tr key={`${alert.windowEnd}|${alert.subject}`} data-testid="backtest-fired-row">
                      <td className="alert-window">{alert.windowEnd}</td>
                      <td>{explanationText(alert)}</td>
                      <td>
                        <a className="incidents-link" href={alert.link}>
                          {t('backtest.incidentsLink')}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
