import { useImports } from '../app/useImports';
import { isSettled } from '../hooks/importJobsReducer';
import { ImportAnnouncement } from './ImportAnnouncement';
import { ImportFailure } from './ImportFailure';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';

/** Running imports and the outcome of the latest one, shown above whichever view is open. */
export function ImportActivity() {
  const { jobs, cancel, dismiss } = useImports();
  const settled = jobs.find(isSettled);
  return (
    <div className="import-activity">
      {jobs
        .filter((job) => !isSettled(job))
        .map((job) => (
          <ImportProgress
            key={job.key}
            job={job}
            onCancel={() => {
              cancel(job.key);
            }}
          />
        ))}
      {settled?.phase === 'finished' && settled.result !== null ? (
        <ImportSummary result={settled.result} stageErrors={settled.stageErrors} onDismiss={dismiss} />
      ) : null}
      {settled?.phase === 'failed' ? (
        <ImportFailure failure={settled.failure} stageErrors={settled.stageErrors} onDismiss={dismiss} />
      ) : null}
      <ImportAnnouncement job={settled} />
    </div>
  );
}
