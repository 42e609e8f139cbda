import type { ImportJob } from '../hooks/importJobsReducer';
import { countOf, formatCount } from '../format/count';
import { formatSecondsLeft } from '../format/duration';
import { fileRate } from '../hooks/progressRate';
import { ProgressBar } from './ProgressBar';

interface FileLine {
  name: string;
  fraction: number | null;
  status: string;
}

/**
 * Where each file of a running job stands: done, being read (rows so far, share of bytes read, rows per
 * second and time left once two ticks have come), or waiting.
 */
function fileLines(job: ImportJob): FileLine[] {
  const indexes = Object.keys(job.progress).map(Number);
  const current = indexes.length > 0 ? Math.max(...indexes) : -1;
  return job.fileNames.map((name, index) => {
    const tick = job.progress[index];
    if (job.phase === 'staging') {
      return { name, fraction: null, status: job.source === 'sample' ? 'writing the sample…' : 'starting…' };
    }
    if (index < current)
      return { name, fraction: 1, status: tick ? `${countOf(tick.rows, 'row')} read` : 'done' };
    if (tick === undefined) return { name, fraction: index === 0 ? null : 0, status: 'waiting' };
    const fraction = tick.bytesTotal > 0 ? tick.bytesRead / tick.bytesTotal : null;
    const parts = [`${countOf(tick.rows, 'row')} so far`];
    if (fraction !== null) parts.push(`${String(Math.floor(fraction * 100))}%`);
    const rate = fileRate(tick, job.timing[index]);
    if (rate !== null) {
      parts.push(`${formatCount(Math.round(rate.rowsPerSecond))} rows/s`);
      if (rate.secondsLeft !== null) parts.push(`${formatSecondsLeft(rate.secondsLeft)} left`);
    }
    return { name, fraction, status: parts.join(' · ') };
  });
}

/** A running import: one line per file with a progress bar, and a way to stop it. */
export function ImportProgress({ job, onCancel }: { job: ImportJob; onCancel: () => void }) {
  const what = job.source === 'sample' ? 'sample data' : countOf(job.fileNames.length, 'file');
  const title = `${job.phase === 'staging' ? 'Preparing' : 'Importing'} ${what}`;
  return (
    <section className="panel import-job" aria-label={title} data-testid="import-progress">
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
