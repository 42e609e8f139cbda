import type { IncidentChange } from '../../../shared/incidentTypes';
import { formatUtcFull } from '../format/dateTime';

function shown(value: string): string {
  return value === '' ? '(none)' : value;
}

/** Every recorded change of the incident, newest first; undone ones struck through. */
export function HistoryList({ rows }: { rows: readonly IncidentChange[] }) {
  if (rows.length === 0) return <p className="muted">No changes since it was imported.</p>;
  return (
    <ol className="history-list" data-testid="pane-history">
      {rows.map((change) => (
        <li key={change.id} className={change.undoneAt === null ? 'history-item' : 'history-item is-undone'}>
          <span className="history-what">
            <strong>{change.field}</strong>: {shown(change.oldValue)} → {shown(change.newValue)}
          </span>
          <span className="history-when muted">
            {formatUtcFull(change.at)} by {change.by}
            {change.undoneAt !== null ? ` · undone ${formatUtcFull(change.undoneAt)}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
