// How fast a file is being imported and how long it has left, from its progress ticks: rows and bytes
// read since the first tick over the time since then. The first tick is the baseline (not the job's
// start), since a job can wait in the queue behind another task before its first byte is read.
import type { ImportProgress } from '../../../shared/events';

export interface FileTiming {
  /** When the first tick of the file arrived (ms), and what it said. */
  firstAt: number;
  firstRows: number;
  firstBytes: number;
  /** When the latest tick arrived (ms). */
  lastAt: number;
}

export interface FileRate {
  rowsPerSecond: number;
  /** Null while no byte rate is known or the file's size is not. */
  secondsLeft: number | null;
}

/** Ticks come every 200 ms; over less than this a rate would only jitter. */
const MIN_ELAPSED_MS = 350;

export function fileRate(tick: ImportProgress, timing: FileTiming | undefined): FileRate | null {
  if (timing === undefined) return null;
  const elapsed = timing.lastAt - timing.firstAt;
  if (elapsed < MIN_ELAPSED_MS) return null;
  const seconds = elapsed / 1000;
  const rowsPerSecond = Math.max(0, tick.rows - timing.firstRows) / seconds;
  const bytesPerSecond = Math.max(0, tick.bytesRead - timing.firstBytes) / seconds;
  const left = Math.max(0, tick.bytesTotal - tick.bytesRead);
  const secondsLeft = bytesPerSecond > 0 && tick.bytesTotal > 0 ? left / bytesPerSecond : null;
  return { rowsPerSecond, secondsLeft };
}
