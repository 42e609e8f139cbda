// The worker thread for long writes: opens its own connection to the store and runs one task, so
// that parsing and the write transaction never block the event loop of the window or the HTTP host.
import { parentPort, workerData } from 'node:worker_threads';
import { toVigilError } from '../../shared/errors';
import { runTask } from '../services/tasks';
import { openStore } from '../store/open';
import type { FromWorker, ToWorker, WorkerStart } from './workerProtocol';

const port = parentPort;
if (port === null) throw new Error('the import worker must run as a worker thread');

const post = (message: FromWorker): void => {
  port.postMessage(message);
};
const controller = new AbortController();
// Cancel is the only message a worker receives.
port.on('message', (_message: ToWorker) => {
  controller.abort();
});

async function main(start: WorkerStart): Promise<void> {
  const db = openStore(
    start.storePath,
    start.nativeBinding === undefined ? {} : { nativeBinding: start.nativeBinding },
  );
  try {
    const outcome = await runTask(db, start.task, {
      signal: controller.signal,
      onProgress: (fileIndex, tick) => {
        post({ type: 'progress', fileIndex, tick });
      },
    });
    post({ type: 'done', outcome });
  } finally {
    db.close();
  }
}

main(workerData as WorkerStart)
  .catch((err: unknown) => {
    post({ type: 'failed', error: toVigilError(err) });
  })
  .finally(() => {
    port.close();
  });
