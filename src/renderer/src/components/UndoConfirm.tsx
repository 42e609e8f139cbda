import type { ImportRecord } from '../../../shared/domain';
import type { VigilError } from '../../../shared/errors';
import { countOf } from '../format/count';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  record: ImportRecord;
  error: VigilError | null;
  onRemove: () => void;
  onKeep: () => void;
}

/** The confirm step of an undo, under the import's row: what will go, and the two answers. */
export function UndoConfirm({ record, error, onRemove, onKeep }: Props) {
  return (
    <div className="confirm" role="group" aria-label={`Undo the import of ${record.fileName}`}>
      <span className="confirm-question">
        Remove the {countOf(record.imported, 'incident')} this import stored?
      </span>
      <span className="muted">
        They leave the tables, the charts and the counts; the import stays listed as undone.
      </span>
      <button
        type="button"
        className="button button-small button-danger"
        data-testid="import-undo-confirm"
        onClick={onRemove}
      >
        Remove
      </button>
      <button
        type="button"
        className="button button-small"
        // The safe answer has the focus, so Enter right after "Undo" removes nothing.
        autoFocus
        onClick={onKeep}
      >
        Keep
      </button>
      {error === null ? null : <ErrorNotice error={error} context="The import could not be undone." />}
    </div>
  );
}
