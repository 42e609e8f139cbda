import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportJob } from '../hooks/importJobsReducer';

function sentence(job: ImportJob | undefined, t: TFunction<'import'>): string {
  if (job === undefined) return '';
  if (job.phase === 'failed')
    return job.failure?.code === 'cancelled' ? t('announce.cancelled') : t('announce.failed');
  const result = job.result;
  if (result === null) return '';
  if (result.files.length > 0 && result.files.every((f) => f.error?.code === 'cancelled'))
    return t('announce.cancelled');
  const errors = result.files.filter((f) => f.error !== null).length + job.stageErrors.length;
  const counts = {
    imported: t('counts.imported', { count: result.imported }),
    duplicates: t('counts.duplicates', { count: result.duplicates }),
    rejected: t('counts.rejected', { count: result.rejected }),
  };
  return errors > 0
    ? t('announce.finishedWithErrors', {
        ...counts,
        errors: t('announce.filesWithErrors', { count: errors }),
      })
    : t('announce.finished', counts);
}

/**
 * A live region that says, in one sentence, how an import ended. It is always in the page (a region
 * added together with its text is not announced) and holds only the sentence, not the whole summary.
 */
export function ImportAnnouncement({ job }: { job: ImportJob | undefined }) {
  const { t } = useTranslation('import');
  return (
    <div className="visually-hidden" aria-live="polite" role="status">
      {sentence(job, t)}
    </div>
  );
}
