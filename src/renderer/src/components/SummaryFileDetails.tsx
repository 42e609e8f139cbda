import { Trans, useTranslation } from 'react-i18next';
import type { FileImportResult } from '../../../shared/domain';
import { DuplicateList } from './DuplicateList';
import { ExportRejectsButton } from './ExportRejectsButton';
import { RejectList } from './RejectList';
import { UnknownLabels } from './UnknownLabels';

/** Rejected lines shown per file in the summary; the export and the import history have all of them. */
const REJECTS_SHOWN = 5;

/**
 * What a summary says of one file beyond its counts: which rows were duplicates and of what (on
 * demand), the first rejected lines with a CSV of all of them, and labels to map to a category.
 */
export function SummaryFileDetails({ file }: { file: FileImportResult }) {
  const { t } = useTranslation('import');
  const hasDetails = file.duplicates > 0 || file.rejects.length > 0 || file.unknownLabels.length > 0;
  if (!hasDetails) return null;
  return (
    <div className="summary-file">
      {file.duplicates > 0 ? (
        <details className="summary-duplicates">
          <summary>{t('summary.duplicatesIn', { count: file.duplicates, file: file.file })}</summary>
          <DuplicateList
            rows={file.duplicatesOf}
            total={file.duplicates}
            importId={file.importId}
            caption={t('duplicates.caption', { file: file.file })}
          />
        </details>
      ) : null}
      {file.rejects.length > 0 ? (
        <>
          <RejectList
            rejects={file.rejects.slice(0, REJECTS_SHOWN)}
            total={file.rejected}
            caption={t('rejects.caption', { file: file.file })}
          />
          {file.importId === null ? null : (
            <ExportRejectsButton importId={file.importId} fileName={file.file} />
          )}
        </>
      ) : null}
      {file.unknownLabels.length > 0 ? (
        <UnknownLabels
          labels={file.unknownLabels}
          caption={
            <Trans
              t={t}
              i18nKey="summary.unknownLabels"
              // The name goes in as text, never as markup; an isolate keeps direction marks in it
              // (U+202E) from turning the sentence around.
              components={{ file: <bdi>{file.file}</bdi> }}
            />
          }
        />
      ) : null}
    </div>
  );
}
