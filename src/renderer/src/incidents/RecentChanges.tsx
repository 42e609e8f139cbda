// The last triage action with its Undo, and the recent actions, each with its own Undo.
import { describeError } from '../../../shared/errors';
import { countOf } from '../format/count';
import { formatUtcFull } from '../format/dateTime';
import { useAction } from '../hooks/useAction';
import { useOperation } from '../hooks/useOperation';
import type { AppliedChange } from './TriageForm';

const RECENT = 10;

interface Props {
  last: AppliedChange | null;
  readOnly: boolean;
}

export function RecentChanges({ last, readOnly }: Props) {
  const changes = useOperation('changes.list', { limit: RECENT });
  const undo = useAction('changes.undo');
  const rows = changes.value?.rows ?? [];
  const lastId = last === null ? null : last.batchId;
  const lastBatch = lastId === null ? undefined : rows.find((batch) => batch.id === lastId);
  const undoBatch = (batchId: number): void => {
    void undo.run({ batchId });
  };

  if (last === null && rows.length === 0 && undo.value === null && undo.error === null) return null;
  return (
    <div className="recent-changes">
      <span role="status" className="last-change" data-testid="last-change">
        {last === null
          ? ''
          : last.batchId === null || last.changed === 0
            ? 'Nothing changed: the incidents already had these values.'
            : `Changed ${countOf(last.changed, 'incident')}.`}
        {undo.value !== null ? ` Undone: ${countOf(undo.value.reverted, 'incident')} restored.` : ''}
      </span>
      {lastBatch !== undefined && lastBatch.undoneAt === null ? (
        <button
          type="button"
          className="button"
          disabled={undo.running || readOnly}
          data-testid="undo-last"
          onClick={() => {
            undoBatch(lastBatch.id);
          }}
        >
          Undo
        </button>
      ) : null}
      {undo.error !== null ? (
        <span className="field-problem" role="alert">
          The undo failed: {describeError(undo.error)}
        </span>
      ) : null}
      {rows.length > 0 ? (
        <details className="changes-list">
          <summary className="button">Recent changes</summary>
          <ol className="changes-panel" data-testid="recent-changes">
            {rows.map((batch) => (
              <li
                key={batch.id}
                className={batch.undoneAt === null ? 'change-batch' : 'change-batch is-undone'}
              >
                <span className="change-summary">{batch.summary}</span>
                <span className="muted">
                  {formatUtcFull(batch.at)} by {batch.by}
                  {batch.undoneAt !== null ? ' · undone' : ''}
                </span>
                <button
                  type="button"
                  className="button button-small"
                  disabled={batch.undoneAt !== null || undo.running || readOnly}
                  aria-label={`Undo: ${batch.summary}`}
                  onClick={() => {
                    undoBatch(batch.id);
                  }}
                >
                  Undo
                </button>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
