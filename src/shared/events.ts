// Events the main process pushes to the renderer: progress and the outcome of long jobs.
import type { VigilError } from './errors';
import type { ImportJobResult } from './domain';

export interface ImportProgress {
  jobId: string;
  fileIndex: number;
  fileCount: number;
  fileName: string;
  rows: number;
  bytesRead: number;
  bytesTotal: number;
}

export type VigilEvent =
  | { type: 'import.progress'; progress: ImportProgress }
  /** Every file's outcome, including files that failed or were cancelled. */
  | { type: 'import.finished'; jobId: string; result: ImportJobResult }
  /** The job could not run at all (the worker died, the store could not be opened). */
  | { type: 'import.failed'; jobId: string; error: VigilError }
  /**
   * Stored incidents changed other than by an import (an undo, a label mapped, a triage action or its
   * undo, the time zone days are counted in): views read again.
   */
  | { type: 'store.changed'; reason: 'undo' | 'mapLabel' | 'triage' | 'undoChanges' | 'setTimeZone' };

export type EventListener = (event: VigilEvent) => void;
