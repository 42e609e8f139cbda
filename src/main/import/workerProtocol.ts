// Messages between the task runner and its worker thread.
import type { VigilError } from '../../shared/errors';
import type { Task, TaskOutcome } from '../services/tasks';
import type { ImportProgressTick } from './importFile';

export interface WorkerStart {
  storePath: string;
  nativeBinding?: string;
  task: Task;
}

export type ToWorker = { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; fileIndex: number; tick: ImportProgressTick }
  | { type: 'done'; outcome: TaskOutcome }
  | { type: 'failed'; error: VigilError };
