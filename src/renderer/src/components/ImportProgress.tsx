import type { ImportJob } from '../hooks/importJobsReducer';
import { countOf } from '../format/count';
import { ProgressBar } from './ProgressBar';

interface FileLine {
  name: string;
  fraction: number | null;
  status: string;
}

/** Where each file of a running job stands: done, being read (rows so far, bytes read), or waiting. */
function fileLines(job: ImportJob): FileLine[] {
  const indexes = Object.keys(job.progress).map(Number);
  const current = indexes.length > 0 ? Math.max(...indexes) : -1;
  return job.fileNames.map((name, index) => {
    const tick = job.progress[index];
    if (job.phase === 'staging') return { name, fraction: null, status: 'handing over…' };
    if (index < current)
      return { name, fraction: 1, status: tick ? `${countOf(tick.rows, 'row')} read` : 'done' };
    if (tick === undefined) return { name, fraction: index === 0 ? null : 0, status: 'waiting' };
    const fraction = tick.bytesTotal > 0 ? tick.bytesRead / tick.bytesTotal : null;
    const percent = fraction === null ? '' : ` · ${String(Math.floor(fraction * 100))}%`;
    return { name, fraction, status: `${countOf(tick.rows, 'row')} so far${percent}` };
  });
}

/** A running import: one line per file with a progress bar, and a way to stop it. */
export function ImportProgress({ job, onCancel }: { job: ImportJob; onCancel: () => void }) {
  const title = `${job.phase === 'staging' ? 'Preparing' : 'Importing'} ${countOf(job.fileNames.length, 'file')}`;
  return (
    <section className="panel import-job" aria-label={title}>
      <header className="panel-head">
        <h2 className="panel-title">{title}</h2>
        <button type="button" className="button" onClick={onCancel} disabled={job.cancelling}>
          {job.cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </header>
      <ul className="import-files">
        {fileLines(job).map((line, index) => (
          // Index as key: a job may hold two files of the same name, and its list never reorders.
          <li key={index} className="import-file">
            <span className="import-file-name" title={line.name}>
              {line.name}
            </span>
            <ProgressBar fraction={line.fraction} label={`Import of ${line.name}`} />
            <span className="import-file-status">{line.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
