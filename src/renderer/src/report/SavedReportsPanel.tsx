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
      <summary className="panel-title">Saved reports ({formatCount(rows.length)})</summary>
      {rows.length === 0 ? (
        <p className="muted">No report saved yet: Save keeps this one with its figures.</p>
      ) : (
        <table className="data-table report-saved-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Period</th>
              <th scope="col">Marking</th>
              <th scope="col" className="num">
                Incidents
              </th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
                    disabled={duplicate.running}
                    onClick={() => {
                      void copy(r.id, 'next');
                    }}
                  >
                    Next period
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={duplicate.running}
                    onClick={() => {
                      void copy(r.id, 'next_year');
                    }}
                  >
                    Next year
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={remove.running}
                    onClick={() => {
                      void remove.run({ id: r.id }).then((result) => {
                        if (result.ok) onChanged();
                      });
                    }}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {duplicate.error !== null ? (
        <ErrorNotice error={duplicate.error} context="The copy was not made." />
      ) : null}
      {remove.error !== null ? (
        <ErrorNotice error={remove.error} context="The report was not deleted." />
      ) : null}
    </details>
  );
}
