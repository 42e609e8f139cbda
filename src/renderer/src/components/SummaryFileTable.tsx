import { useTranslation } from 'react-i18next';
import type { FileImportResult } from '../../../shared/domain';
import { formatCount } from '../format/count';

function outcome(file: FileImportResult): 'done' | 'cancelled' | 'failed' {
  if (file.error === null) return 'done';
  return file.error.code === 'cancelled' ? 'cancelled' : 'failed';
}

/** Each file's counts and how it ended. */
export function SummaryFileTable({ files }: { files: readonly FileImportResult[] }) {
  const { t } = useTranslation('import');
  return (
    <table className="data-table summary-table">
      <caption className="visually-hidden">{t('summary.outcomeCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.file')}</th>
          <th scope="col" className="num">
            {t('summary.rows')}
          </th>
          <th scope="col" className="num">
            {t('summary.imported')}
          </th>
          <th scope="col" className="num">
            {t('summary.duplicates')}
          </th>
          <th scope="col" className="num">
            {t('summary.rejected')}
          </th>
          <th scope="col">{t('summary.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file, index) => (
          <tr key={index}>
            <td className="cell-file" title={file.file}>
              {file.file}
            </td>
            <td className="num">{formatCount(file.rows)}</td>
            <td className="num">{formatCount(file.imported)}</td>
            <td className="num">{formatCount(file.duplicates)}</td>
            <td className="num">{formatCount(file.rejected)}</td>
            <td className={`outcome outcome-${outcome(file)}`}>{t(`summary.outcomes.${outcome(file)}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
