// The stored alerts, latest window first, filtered by status (open, the default, is all but resolved).
// A status set on a row is announced here, since the row itself may leave the list (a resolved alert
// is not open).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_STATUSES, type AlertStatus } from '../../../shared/alerts';
import { ErrorNotice } from '../components/ErrorNotice';
import { AlertRow } from './AlertRow';
import { useAlertsOperation } from './useAlertsOperation';

type Filter = 'open' | 'all' | AlertStatus;
const FILTERS: readonly Filter[] = ['open', ...ALERT_STATUSES, 'all'];

export function AlertList() {
  const { t } = useTranslation('alerts');
  const [filter, setFilter] = useState<Filter>('open');
  const [announcement, setAnnouncement] = useState('');
  const { value, error, loading } = useAlertsOperation('alerts.list', { status: filter, limit: 500 });

  return (
    <section className="panel alert-panel" aria-labelledby="alert-list-title" aria-busy={loading}>
      <div className="panel-head">
        <h2 className="panel-title" id="alert-list-title">
          {t('list.title')}
        </h2>
        <label className="inline-label panel-actions">
          {t('list.show')}
          <select
            className="text-input select"
            value={filter}
            onChange={(e) => {
              const next = FILTERS.find((f) => f === e.target.value);
              if (next !== undefined) setFilter(next);
            }}
            data-testid="alert-filter"
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`list.filters.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="visually-hidden" role="status" data-testid="alert-announcement">
        {announcement}
      </p>
      {error === null ? null : <ErrorNotice error={error} context={t('list.couldNotRead')} />}
      {value === null ? null : value.rows.length === 0 ? (
        <p className="muted" data-testid="alerts-none">
          {t(`list.none.${filter}`)} {t('list.whenEvaluated')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table alert-table" data-testid="alert-table">
            <thead>
              <tr>
                <th scope="col">{t('list.columns.rule')}</th>
                <th scope="col">{t('list.columns.counts')}</th>
                <th scope="col">{t('list.columns.window')}</th>
                <th scope="col" className="num">
                  {t('list.columns.count')}
                </th>
                <th scope="col" className="num" title={t('list.columns.baselineTitle')}>
                  {t('list.columns.baseline')}
                </th>
                <th scope="col">{t('list.columns.why')}</th>
                <th scope="col">{t('list.columns.firstFired')}</th>
                <th scope="col">{t('list.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('list.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {value.rows.map((alert) => (
                <AlertRow key={alert.id} alert={alert} onAnnounce={setAnnouncement} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
