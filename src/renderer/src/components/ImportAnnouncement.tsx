import type { ImportJob } from '../hooks/importJobsReducer';
import { countOf } from '../format/count';

function sentence(job: ImportJob | undefined): string {
  if (job === undefined) return '';
  if (job.phase === 'failed')
    return job.failure?.code === 'cancelled' ? 'Import cancelled.' : 'Import failed.';
  const result = job.result;
  if (result === null) return '';
  if (result.files.length > 0 && result.files.every((f) => f.error?.code === 'cancelled'))
    return 'Import cancelled.';
  const errors = result.files.filter((f) => f.error !== null).length + job.stageErrors.length;
  return (
    `Import finished: ${countOf(result.imported, 'imported', 'imported')}, ${countOf(result.duplicates, 'duplicate')}, ` +
    `${countOf(result.rejected, 'rejected', 'rejected')}${errors > 0 ? `, ${countOf(errors, 'file')} with errors` : ''}.`
  );
}

/**
 * A live region that says, in one sentence, how an import ended. It is always in the page (a region
 * added together with its text is not announced) and holds only the sentence, not the whole summary.
 */
export function ImportAnnouncement({ job }: { job: ImportJob | undefined }) {
  return (
    <div className="visually-hidden" aria-live="polite" role="status">
      {sentence(job)}
    </div>
  );
}
