// The stored alerts, latest window first, filtered by status (open, the default, is all but resolved).
import { useState } from 'react';
import { ALERT_STATUSES, type AlertStatus } from '../../../shared/alerts';
import { ErrorNotice } from '../components/ErrorNotice';
import { AlertRow } from './AlertRow';
import { useAlertsOperation } from './useAlertsOperation';

type Filter = 'open' | 'all' | AlertStatus;
const FILTERS: readonly Filter[] = ['open', ...ALERT_STATUSES, 'all'];

export function AlertList() {
  const [filter, setFilter] = useState<Filter>('open');
  const { value, error, loading } = useAlertsOperation('alerts.list', { status: filter, limit: 500 });

  return (
    <section className="panel alert-panel" aria-labelledby="alert-list-title" aria-busy={loading}>
      <div className="panel-head">
        <h2 className="panel-title" id="alert-list-title">
          Alerts
        </h2>
        <label className="inline-label panel-actions">
          Show
          <select
            className="text-input select"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value as Filter);
            }}
            data-testid="alert-filter"
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error === null ? null : <ErrorNotice error={error} context="The alerts could not be read." />}
      {value === null ? null : value.rows.length === 0 ? (
        <p className="muted" data-testid="alerts-none">
          {filter === 'open' ? 'No open alerts.' : `No ${filter === 'all' ? '' : `${filter} `}alerts.`} Rules
          are evaluated after every import, edit and undo, as of today; evaluate them as of another day above.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table alert-table" data-testid="alert-table">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Counts</th>
                <th scope="col">Window</th>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col" className="num" title="What the count was measured against">
                  Baseline
                </th>
                <th scope="col">Why</th>
                <th scope="col">First fired (UTC)</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {value.rows.map((alert) => (
                <AlertRow key={alert.id} alert={alert} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
