import { Worker } from 'node:worker_threads';
import type { ImportJobResult } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import { runImportJob } from '../import/runJob';
import type { FromWorker, ToWorker, WorkerStart } from '../import/workerProtocol';
import type { Store } from '../store/open';
import type { JobExecutor } from './importJobs';

/** Runs each job in a fresh worker thread with its own connection to the store. */
export function workerExecutor(
  store: { storePath: string; nativeBinding?: string },
  workerFile: string,
): JobExecutor {
  return {
    run(files, { signal, onProgress }) {
      return new Promise<ImportJobResult>((resolve, reject) => {
        const start: WorkerStart = { ...store, files: [...files] };
        const worker = new Worker(workerFile, { workerData: start });
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
            resolve(message.result);
          } else {
            settled = true;
            reject(new VigilFault(message.error.code, message.error.message));
          }
        });
        worker.on('error', (err) => {
          settled = true;
          reject(new VigilFault('internal', `the import worker failed: ${err.message}`));
        });
        worker.on('exit', (code) => {
          signal.removeEventListener('abort', cancel);
          if (!settled)
            reject(
              new VigilFault('internal', `the import worker stopped unexpectedly (exit ${String(code)})`),
            );
        });
      });
    },
  };
}

/** Runs jobs in this thread: for tests and for the command line, which has no window to keep alive. */
export function inlineExecutor(db: Store): JobExecutor {
  return {
    run(files, { signal, onProgress }) {
      return runImportJob(db, files, { signal, onProgress });
    },
  };
}
