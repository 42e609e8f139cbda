// The worker thread for long writes: opens its own connection to the store and runs one task, so
// that parsing and the write transaction never block the event loop of the window or the HTTP host.
// Started with a ParseWorkerStart, the same file is instead the reading half of an import
// (parseWorker.ts), beside the thread that writes it.
import { parentPort, workerData } from 'node:worker_threads';
import { toVigilError } from '../../shared/errors';
import { runTask } from '../services/tasks';
import { openStore } from '../store/open';
import { runParser, type ParseWorkerStart } from './parseWorker';
import type { FromWorker, ToWorker, WorkerStart } from './workerProtocol';

const port = parentPort;
if (port === null) throw new Error('the import worker must run as a worker thread');

const post = (message: FromWorker): void => {
  port.postMessage(message);
};

async function main(start: WorkerStart): Promise<void> {
  const controller = new AbortController();
  // Cancel is the only message a task worker receives.
  port?.on('message', (_message: ToWorker) => {
    controller.abort();
  });
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
      parseWorkerFile: __filename,
    });
    post({ type: 'done', outcome });
  } finally {
    db.close();
  }
}

const data = workerData as WorkerStart | ParseWorkerStart;
if ('role' in data) {
  void runParser(port, data.spec);
} else {
  main(data)
    .catch((err: unknown) => {
      post({ type: 'failed', error: toVigilError(err) });
    })
    .finally(() => {
      port.close();
    });
}
