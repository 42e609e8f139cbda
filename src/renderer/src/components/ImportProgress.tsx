import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportJob } from '../hooks/importJobsReducer';
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
function fileLines(job: ImportJob, t: TFunction<['import', 'common']>): FileLine[] {
  const indexes = Object.keys(job.progress).map(Number);
  const current = indexes.length > 0 ? Math.max(...indexes) : -1;
  return job.fileNames.map((name, index) => {
    const tick = job.progress[index];
    if (job.phase === 'staging') {
      const status = job.source === 'sample' ? t('progress.writingSample') : t('progress.starting');
      return { name, fraction: null, status };
    }
    if (index < current) {
      const status = tick ? t('progress.rowsRead', { count: tick.rows }) : t('progress.done');
      return { name, fraction: 1, status };
    }
    if (tick === undefined) return { name, fraction: index === 0 ? null : 0, status: t('progress.waiting') };
    const fraction = tick.bytesTotal > 0 ? tick.bytesRead / tick.bytesTotal : null;
    const parts = [t('progress.rowsSoFar', { count: tick.rows })];
    if (fraction !== null) parts.push(t('progress.percent', { percent: Math.floor(fraction * 100) }));
    const rate = fileRate(tick, job.timing[index]);
    if (rate !== null) {
      parts.push(t('progress.rate', { rate: Math.round(rate.rowsPerSecond) }));
      if (rate.secondsLeft !== null)
        parts.push(t('progress.timeLeft', { time: formatSecondsLeft(rate.secondsLeft) }));
    }
    return { name, fraction, status: parts.join(' · ') };
  });
}

function jobTitle(job: ImportJob, t: TFunction<['import', 'common']>): string {
  const staging = job.phase === 'staging';
  if (job.source === 'sample') return staging ? t('progress.preparingSample') : t('progress.importingSample');
  const count = job.fileNames.length;
  return staging ? t('progress.preparingFiles', { count }) : t('progress.importingFiles', { count });
}

/** A running import: one line per file with a progress bar, and a way to stop it. */
export function ImportProgress({ job, onCancel }: { job: ImportJob; onCancel: () => void }) {
  const { t } = useTranslation(['import', 'common']);
  const title = jobTitle(job, t);
  return (
    <section className="panel import-job" aria-label={title} data-testid="import-progress">
      <header className="panel-head">
        <h2 className="panel-title">{title}</h2>
        <button type="button" className="button" onClick={onCancel} disabled={job.cancelling}>
          {job.cancelling ? t('progress.cancelling') : t('common:actions.cancel')}
        </button>
      </header>
      <ul className="import-files">
        {fileLines(job, t).map((line, index) => (
          // Index as key: a job may hold two files of the same name, and its list never reorders.
          <li key={index} className="import-file">
            <span className="import-file-name" title={line.name}>
              {line.name}
            </span>
            <ProgressBar
              fraction={line.fraction}
              label={t('progress.barLabel', { file: line.name })}
              valueText={line.status}
            />
            <span className="import-file-status">{line.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
