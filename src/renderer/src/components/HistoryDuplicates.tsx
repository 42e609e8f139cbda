import { useTranslation } from 'react-i18next';
import { useImportDuplicates } from '../hooks/useImportDuplicates';
import { DuplicateList } from './DuplicateList';
import { ErrorNotice } from './ErrorNotice';

const DUPLICATES_LISTED = 1000;

/** The duplicate rows of one past import and what each repeats, fetched when the analyst opens them. */
export function HistoryDuplicates({ importId, fileName }: { importId: number; fileName: string }) {
  const { t } = useTranslation('import');
  const { value, error } = useImportDuplicates(importId, DUPLICATES_LISTED);
  if (error !== null) return <ErrorNotice error={error} context={t('duplicates.unreadable')} />;
  if (value === null) return <p className="muted">{t('duplicates.reading')}</p>;
  return (
    <DuplicateList
      rows={value.rows}
      total={value.total}
      importId={importId}
      caption={t('duplicates.caption', { file: fileName })}
    />
  );
}
