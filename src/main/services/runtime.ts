// Everything a host needs, opened once: the store, the job runner and the handlers over them.
import { join } from 'node:path';
import type { VigilEvent } from '../../shared/events';
import { openStore, type Store } from '../store/open';
import { inlineExecutor, workerExecutor } from './executors';
import { createHandlers, type Handlers } from './handlers';
import { ImportJobs } from './importJobs';

export interface RuntimeOptions {
  storePath: string;
  /** Where imports run: a worker thread (hosts) or this thread (tests, command line). */
  imports: 'worker' | 'inline';
  /** The built worker entry; defaults to importWorker.js beside the running bundle. */
  workerFile?: string;
  emit: (event: VigilEvent) => void;
}

export interface Runtime {
  db: Store;
  handlers: Handlers;
  jobs: ImportJobs;
  close(): void;
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const db = openStore(options.storePath);
  const executor =
    options.imports === 'worker'
      ? workerExecutor(options.storePath, options.workerFile ?? join(__dirname, 'importWorker.js'))
      : inlineExecutor(db);
  const jobs = new ImportJobs(executor, options.emit);
  const handlers = createHandlers({ db, storePath: options.storePath, jobs });
  return {
    db,
    handlers,
    jobs,
    close() {
      db.close();
    },
  };
}
