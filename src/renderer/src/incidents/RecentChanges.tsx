// The last triage action with its Undo, and the recent actions, each with its own Undo.
import { useTranslation } from 'react-i18next';
import { formatUtcFull } from '../format/dateTime';
import { errorText } from '../format/errorText';
import { useAction } from '../hooks/useAction';
import { useOperation } from '../hooks/useOperation';
import { batchSummaryText } from './batchSummary';
import type { AppliedChange } from './TriageForm';

const RECENT = 10;

interface Props {
  last: AppliedChange | null;
  readOnly: boolean;
}

export function RecentChanges({ last, readOnly }: Props) {
  const { t } = useTranslation(['incidents', 'common']);
  const changes = useOperation('changes.list', { limit: RECENT });
  const undo = useAction('changes.undo');
  const rows = changes.value?.rows ?? [];
  const lastId = last === null ? null : last.batchId;
  const lastBatch = lastId === null ? undefined : rows.find((batch) => batch.id === lastId);
  const undoBatch = (batchId: number): void => {
    void undo.run({ batchId });
  };

  if (last === null && rows.length === 0 && undo.value === null && undo.error === null) return null;
  const outcome = [
    last === null
      ? ''
      : last.batchId === null || last.changed === 0
        ? t('changes.nothing')
        : t('changes.changed', { count: last.changed }),
    undo.value !== null ? t('changes.undone', { count: undo.value.reverted }) : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  return (
    <div className="recent-changes">
      <span role="status" className="last-change" data-testid="last-change">
        {outcome}
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
          {t('common:actions.undo')}
        </button>
      ) : null}
      {undo.error !== null ? (
        <span className="field-problem" role="alert">
          {t('changes.undoFailed', { error: errorText(undo.error) })}
        </span>
      ) : null}
      {rows.length > 0 ? (
        <details className="changes-list">
          <summary className="button">{t('changes.recent')}</summary>
          <ol className="changes-panel" data-testid="recent-changes">
            {rows.map((batch) => {
              const summary = batchSummaryText(batch.summary);
              const when = t('history.atBy', { at: formatUtcFull(batch.at), by: batch.by });
              return (
                <li
                  key={batch.id}
                  className={batch.undoneAt === null ? 'change-batch' : 'change-batch is-undone'}
                >
                  <span className="change-summary">{summary}</span>
                  <span className="muted">
                    {batch.undoneAt === null ? when : `${when} · ${t('history.undone')}`}
                  </span>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={batch.undoneAt !== null || undo.running || readOnly}
                    aria-label={t('changes.undoLabel', { summary })}
                    onClick={() => {
                      undoBatch(batch.id);
                    }}
                  >
                    {t('common:actions.undo')}
                  </button>
                </li>
              );
            })}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
