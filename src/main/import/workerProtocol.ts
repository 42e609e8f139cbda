// Messages between the import job runner and its worker thread.
import type { ImportJobResult } from '../../shared/domain';
import type { VigilError } from '../../shared/errors';
import type { ImportProgressTick } from './importFile';
import type { JobFile } from './runJob';

export interface WorkerStart {
  storePath: string;
  nativeBinding?: string;
  files: JobFile[];
}

export type ToWorker = { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; fileIndex: number; tick: ImportProgressTick }
  | { type: 'done'; result: ImportJobResult }
  | { type: 'failed'; error: VigilError };
