import { useTranslation } from 'react-i18next';
import { useImports } from '../app/useImports';
import { isSettled } from '../hooks/importJobsReducer';

/**
 * "Load sample data": imports a generated national-CERT export, for a first look at an empty store. It
 * runs as an ordinary import, with the same progress and summary; pressed once, it waits for that job.
 */
export function LoadSampleButton() {
  const { t } = useTranslation('import');
  const { jobs, startSample } = useImports();
  const loading = jobs.some((job) => job.source === 'sample' && !isSettled(job));
  return (
    <button
      type="button"
      className="button"
      data-testid="load-sample"
      disabled={loading}
      onClick={startSample}
    >
      {loading ? t('sample.loading') : t('sample.load')}
    </button>
  );
}
