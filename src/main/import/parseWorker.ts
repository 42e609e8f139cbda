// The reading half of an import in a thread of its own: the worker reads, maps and fingerprints the
// file (rowBatches) and posts the batches to the thread that writes them, which acknowledges each one
// it has stored. At most BATCHES_IN_FLIGHT batches are ahead of the writer, so memory stays bounded
// however large the file and however slow the disk.
import { Worker, type MessagePort } from 'node:worker_threads';
import { toVigilError, VigilFault, type VigilError } from '../../shared/errors';
import { rowBatches, type ParseSpec, type RowBatch } from './rowBatches';

/** Batches (BATCH_ROWS rows each) read ahead of the writer. */
const BATCHES_IN_FLIGHT = 16;
/** The reading worker holds a few batches and a plan: a small heap keeps its garbage small too. */
const PARSE_WORKER_HEAP_MIB = 64;

export interface ParseWorkerStart {
  role: 'parse';
  spec: ParseSpec;
}

type FromParser =
  | { type: 'batch'; batch: RowBatch }
  | { type: 'end'; sha256: string }
  | { type: 'failed'; error: VigilError };

/** The worker's side: posts the batches, waiting for acknowledgements to stay a few ahead. */
export async function runParser(port: MessagePort, spec: ParseSpec): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | null = null;
  port.on('message', () => {
    inFlight--;
    wake?.();
  });
  try {
    const batches = rowBatches(spec);
    for (;;) {
      const next = await batches.next();
      if (next.done === true) {
        port.postMessage({ type: 'end', sha256: next.value } satisfies FromParser);
        break;
      }
      while (inFlight >= BATCHES_IN_FLIGHT) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
      inFlight++;
      port.postMessage({ type: 'batch', batch: next.value } satisfies FromParser);
    }
  } catch (err) {
    port.postMessage({ type: 'failed', error: toVigilError(err) } satisfies FromParser);
  } finally {
    port.close();
  }
}

/**
 * The writer's side: the batches a worker running `workerFile` (the import worker's own file, which
 * plays this role when started with ParseWorkerStart) reads from the file. Stopping early (a cancel, a
 * failure while writing) stops the worker.
 */
export async function* parsedInWorker(
  workerFile: string,
  spec: ParseSpec,
): AsyncGenerator<RowBatch, string, undefined> {
  const start: ParseWorkerStart = { role: 'parse', spec };
  const worker = new Worker(workerFile, {
    workerData: start,
    resourceLimits: { maxOldGenerationSizeMb: PARSE_WORKER_HEAP_MIB },
  });
  const queue: (FromParser | { type: 'exit'; code: number })[] = [];
  let wake: (() => void) | null = null;
  const arrive = (message: FromParser | { type: 'exit'; code: number }): void => {
    queue.push(message);
    wake?.();
  };
  worker.on('message', arrive);
  worker.on('error', (err) => {
    arrive({ type: 'failed', error: toVigilError(err) });
  });
  worker.on('exit', (code) => {
    arrive({ type: 'exit', code });
  });
  try {
    for (;;) {
      let message = queue.shift();
      while (message === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
        message = queue.shift();
      }
      switch (message.type) {
        case 'batch':
          yield message.batch;
          worker.postMessage('ack');
          break;
        case 'end':
          return message.sha256;
        case 'failed': {
          // The catalog message, when the reader's fault had one, goes on: the writer's reader wants it.
          const { code, message: english, text, file, line, column } = message.error;
          const where = {
            ...(file === undefined ? {} : { file }),
            ...(line === undefined ? {} : { line }),
            ...(column === undefined ? {} : { column }),
          };
          throw new VigilFault(code, text ?? english, where);
        }
        case 'exit':
          throw new VigilFault('internal', {
            key: 'import:errors.readerStopped',
            params: { code: message.code },
          });
      }
    }
  } finally {
    worker.removeAllListeners();
    worker.on('error', () => undefined);
    void worker.terminate();
  }
}
