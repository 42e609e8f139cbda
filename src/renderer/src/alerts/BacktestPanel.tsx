// A rule run over past days: choose the rule and the days (the last year of data by default), see its
// daily series with the level it had to reach, and the days it would have fired, each explained.
import { useState } from 'react';
import { MAX_BACKTEST_DAYS, type AlertRule } from '../../../shared/alerts';
import { addDays, dayCount, isIsoDate, STATS_TIME_ZONE, todayIn } from '../../../shared/period';
import { ErrorNotice } from '../components/ErrorNotice';
import { useDataRange } from '../hooks/useDataRange';
import { BacktestChart } from './BacktestChart';
import { useAlertsOperation } from './useAlertsOperation';

interface Props {
  rules: readonly AlertRule[];
  ruleId: number;
  onRule: (id: number) => void;
}

export function BacktestPanel({ rules, ruleId, onRule }: Props) {
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
      : `${value.rule} from ${value.period.from} to ${value.period.to}: would have fired on ${String(firedDays)} of ${String(value.days.length)} days.`;

  return (
    <section
      className="panel backtest-panel"
      aria-labelledby="backtest-title"
      aria-busy={loading}
      data-testid="backtest-panel"
    >
      <div className="panel-head">
        <h2 className="panel-title" id="backtest-title">
          Backtest
        </h2>
      </div>
      <div className="rule-inline">
        <select
          className="text-input select"
          aria-label="Rule"
          value={ruleId}
          onChange={(e) => {
            onRule(Number(e.target.value));
          }}
          data-testid="backtest-rule"
        >
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <label className="inline-label">
          from
          <input
            type="date"
            className="text-input"
            value={period.from}
            onChange={(e) => {
              setChosen({ ...period, from: e.target.value });
            }}
            data-testid="backtest-from"
          />
        </label>
        <label className="inline-label">
          to
          <input
            type="date"
            className="text-input"
            value={period.to}
            onChange={(e) => {
              setChosen({ ...period, to: e.target.value });
            }}
            data-testid="backtest-to"
          />
        </label>
      </div>
      {valid ? null : (
        <p className="rule-problem" role="alert">
          Choose a first day on or before the last, at most {MAX_BACKTEST_DAYS.toLocaleString('en-US')} days
          apart.
        </p>
      )}
      {error === null ? null : <ErrorNotice error={error} context="The backtest could not be run." />}
      {value === null || rule === undefined ? null : (
        <>
          <p className="backtest-summary" data-testid="backtest-summary">
            {description}
          </p>
          <BacktestChart backtest={value} description={description} />
          {value.fired.length === 0 ? null : (
            <div className="table-scroll backtest-fired">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">As of</th>
                    <th scope="col">Why</th>
                    <th scope="col">
                      <span className="visually-hidden">Incidents</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {value.fired.map((alert) => (
                    <tr key={`${alert.windowEnd}|${alert.subject}`} data-testid="backtest-fired-row">
                      <td className="alert-window">{alert.windowEnd}</td>
                      <td>{alert.message}</td>
                      <td>
                        <a className="incidents-link" href={alert.link}>
                          Incidents
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
