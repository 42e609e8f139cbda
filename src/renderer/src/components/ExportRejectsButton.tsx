import { useTranslation } from 'react-i18next';
import { rejectsFileName } from '../export/rejectsCsv';
import { useRejectsExport } from '../hooks/useRejectsExport';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  importId: number;
  fileName: string;
}

/** Saves an import's rejected rows as a CSV (line, reason, raw), to fix and import again. */
export function ExportRejectsButton({ importId, fileName }: Props) {
  const { t } = useTranslation('import');
  const { exportRejects, running, error, done } = useRejectsExport();
  const file = rejectsFileName(fileName);
  const saved =
    done === null
      ? ''
      : done.exported < done.total
        ? t('rejects.savedSome', { exported: done.exported, total: done.total, file })
        : t('rejects.savedAll', { count: done.exported, file });
  return (
    <div className="export-rejects">
      <button
        type="button"
        className="button button-small"
        disabled={running}
        onClick={() => {
          void exportRejects(importId, fileName);
        }}
      >
        {running ? t('rejects.exporting') : t('rejects.export')}
      </button>
      <span className="muted" aria-live="polite">
        {saved}
      </span>
      {error === null ? null : <ErrorNotice error={error} context={t('rejects.exportFailed')} />}
    </div>
  );
}
