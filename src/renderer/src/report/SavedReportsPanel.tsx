import { useTranslation } from 'react-i18next';
import type { DuplicatePeriod, SavedReportSummary } from '../../../shared/report';
import { navigate } from '../app/navigate';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatCount } from '../format/count';
import { periodText } from '../format/periodText';
import { useAction } from '../hooks/useAction';
import { formatReportRoute } from './reportRoute';

interface Props {
  rows: readonly SavedReportSummary[];
  currentId: number | undefined;
  onChanged: () => void;
}

/** Saved reports: open one, copy it for the next period or the next year, delete it. */
export function SavedReportsPanel({ rows, currentId, onChanged }: Props) {
  const { t } = useTranslation(['report', 'common']);
  const duplicate = useAction('reports.duplicate');
  const remove = useAction('reports.delete');
  const copy = async (id: number, period: DuplicatePeriod): Promise<void> => {
    const result = await duplicate.run({ id, period });
    if (!result.ok) return;
    onChanged();
    navigate({ view: 'report', categories: [], id: result.value.id });
  };
  return (
    <details className="panel report-saved screen-only" data-testid="report-saved" open={rows.length > 0}>
      <summary className="panel-title">{t('saved.title', { n: rows.length })}</summary>
      {rows.length === 0 ? (
        <p className="muted">{t('saved.none')}</p>
      ) : (
        <table className="data-table report-saved-table">
          <thead>
            <tr>
              <th scope="col">{t('saved.columns.title')}</th>
              <th scope="col">{t('saved.columns.period')}</th>
              <th scope="col">{t('saved.columns.marking')}</th>
              <th scope="col" className="num">
                {t('saved.columns.incidents')}
              </th>
              <th scope="col">{t('saved.columns.saved')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('saved.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                data-testid="report-saved-row"
                aria-current={r.id === currentId ? 'true' : undefined}
              >
                <td>
                  <a href={formatReportRoute({ view: 'report', categories: [], id: r.id })}>{r.title}</a>
                </td>
                <td>{periodText(r.period)}</td>
                <td>{r.marking}</td>
                <td className="num">{formatCount(r.incidents)}</td>
                <td>{r.updatedAt.slice(0, 16).replace('T', ' ')}</td>
                <td className="report-saved-actions">
                  <button
                    type="button"
                    className="button button-small"
                    data-testid="report-duplicate-next"
                    aria-label={t('saved.nextPeriodOf', { title: r.title })}
                    disabled={duplicate.running}
                    onClick={() => {
                      void copy(r.id, 'next');
                    }}
                  >
                    {t('saved.nextPeriod')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('saved.nextYearOf', { title: r.title })}
                    disabled={duplicate.running}
                    onClick={() => {
                      void copy(r.id, 'next_year');
                    }}
                  >
                    {t('saved.nextYear')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('saved.deleteOf', { title: r.title })}
                    disabled={remove.running}
                    onClick={() => {
                      void remove.run({ id: r.id }).then((result) => {
                        if (result.ok) onChanged();
                      });
                    }}
                  >
                    {t('common:actions.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {duplicate.error !== null ? (
        <ErrorNotice error={duplicate.error} context={t('saved.copyNotMade')} />
      ) : null}
      {remove.error !== null ? <ErrorNotice error={remove.error} context={t('saved.notDeleted')} /> : null}
    </details>
  );
}
