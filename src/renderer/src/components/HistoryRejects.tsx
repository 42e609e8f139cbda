import { useTranslation } from 'react-i18next';
import { useImportRejects } from '../hooks/useImportRejects';
import { ErrorNotice } from './ErrorNotice';
import { ExportRejectsButton } from './ExportRejectsButton';
import { RejectList } from './RejectList';

const REJECTS_LISTED = 200;

/** The rejected lines of one past import, fetched when the analyst opens them, and all of them as a CSV. */
export function HistoryRejects({ importId, fileName }: { importId: number; fileName: string }) {
  const { t } = useTranslation('import');
  const { value, error } = useImportRejects(importId, REJECTS_LISTED);
  if (error !== null) return <ErrorNotice error={error} context={t('rejects.unreadable')} />;
  if (value === null) return <p className="muted">{t('rejects.reading')}</p>;
  return (
    <>
      <ExportRejectsButton importId={importId} fileName={fileName} />
      <RejectList
        rejects={value.rows}
        total={value.total}
        caption={t('rejects.caption', { file: fileName })}
      />
    </>
  );
}
