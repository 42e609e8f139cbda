import { useTranslation } from 'react-i18next';
import type { VigilError } from '../../../../shared/errors';
import { ImportErrorLine } from '../ImportErrorLine';

/** What stops a staged file from being imported as it stands, said plainly above everything else. */
export function FileProblems({ fileName, problems }: { fileName: string; problems: readonly VigilError[] }) {
  const { t } = useTranslation('import');
  if (problems.length === 0) return null;
  return (
    <div className="file-problems" role="alert">
      <p className="file-problems-title">{t('wizard.cannotImport')}</p>
      {problems.map((problem, index) => (
        <ImportErrorLine key={index} error={problem} file={fileName} />
      ))}
    </div>
  );
}
