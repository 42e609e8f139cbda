import { Worker } from 'node:worker_threads';
import { VigilFault } from '../../shared/errors';
import type { FromWorker, ToWorker, WorkerStart } from '../import/workerProtocol';
import type { Store } from '../store/open';
import type { TaskExecutor } from './taskQueue';
import { runTask, type TaskOutcome } from './tasks';

/**
 * The old-generation heap of a task worker. An import's live data is small (a batch of records, a
 * sample, a few maps), but V8 lets garbage pile up to whatever the default limit allows before a full
 * collection: measured on a 1,000,000-row import, a 64 MiB limit took the process's peak memory from
 * 282 MiB to 165 MiB at the same speed. 96 MiB leaves room for a pathological row.
 */
export const WORKER_HEAP_MIB = 96;

/** Runs each task in a fresh worker thread with its own connection to the store. */
export function workerExecutor(
  store: { storePath: string; nativeBinding?: string },
  workerFile: string,
): TaskExecutor {
  return {
    run(task, { signal, onProgress }) {
      return new Promise<TaskOutcome>((resolve, reject) => {
        const start: WorkerStart = { ...store, task };
        const worker = new Worker(workerFile, {
          workerData: start,
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MIB },
        });
        let settled = false;
        const cancel = (): void => {
          const message: ToWorker = { type: 'cancel' };
          worker.postMessage(message);
        };
        if (signal.aborted) cancel();
        else signal.addEventListener('abort', cancel, { once: true });
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'progress') onProgress(message.fileIndex, message.tick);
          else if (message.type === 'done') {
            settled = true;
            resolve(message.outcome);
          } else {
            settled = true;
            const { code, message: english, text, ...where } = message.error;
            reject(new VigilFault(code, text ?? english, where));
          }
        });
        worker.on('error', (err) => {
          settled = true;
          reject(
            new VigilFault('internal', { key: 'errors:worker.failed', params: { reason: err.message } }),
          );
        });
        worker.on('exit', (code) => {
          signal.removeEventListener('abort', cancel);
          if (!settled)
            reject(
              new VigilFault('internal', {
                key: 'errors:worker.stopped',
                params: { code: String(code) },
              }),
            );
        });
      });
    },
  };
}

/** Runs tasks in this thread: for tests and for the command line, which has no window to keep alive. */
export function inlineExecutor(db: Store): TaskExecutor {
  return {
    run(task, hooks) {
      return runTask(db, task, hooks);
    },
  };
}
