import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../shared/domain';
import type { VigilError } from '../../../shared/errors';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  record: ImportRecord;
  error: VigilError | null;
  onRemove: () => void;
  onKeep: () => void;
}

/** The confirm step of an undo, under the import's row: what will go, and the two answers. */
export function UndoConfirm({ record, error, onRemove, onKeep }: Props) {
  const { t } = useTranslation(['import', 'common']);
  return (
    <div className="confirm" role="group" aria-label={t('undo.label', { file: record.fileName })}>
      <span className="confirm-question">{t('undo.question', { count: record.imported })}</span>
      <span className="muted">{t('undo.note')}</span>
      <button
        type="button"
        className="button button-small button-danger"
        data-testid="import-undo-confirm"
        onClick={onRemove}
      >
        {t('common:actions.remove')}
      </button>
      <button
        type="button"
        className="button button-small"
        // The safe answer has the focus, so Enter right after "Undo" removes nothing.
        autoFocus
        onClick={onKeep}
      >
        {t('undo.keep')}
      </button>
      {error === null ? null : <ErrorNotice error={error} context={t('undo.failed')} />}
    </div>
  );
}
