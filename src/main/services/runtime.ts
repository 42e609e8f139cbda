// Everything a host needs, opened once: the store, the job runner and the handlers over them.
import { join } from 'node:path';
import type { VigilEvent } from '../../shared/events';
import { evaluateAfterChange } from '../alerts/afterChange';
import { openStore, type Store } from '../store/open';
import { inlineExecutor, workerExecutor } from './executors';
import { createHandlers, type Handlers } from './handlers';
import { TaskQueue } from './taskQueue';

export interface RuntimeOptions {
  storePath: string;
  /** Where imports run: a worker thread (hosts) or this thread (tests, command line). */
  imports: 'worker' | 'inline';
  /** The built worker entry; defaults to importWorker.js beside the running bundle. */
  workerFile?: string;
  emit: (event: VigilEvent) => void;
  /** better-sqlite3's addon for this runtime (Electron); node_modules' build when absent. */
  nativeBinding?: string;
}

export interface Runtime {
  db: Store;
  handlers: Handlers;
  tasks: TaskQueue;
  close(): void;
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const openOptions = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  const db = openStore(options.storePath, openOptions);
  const executor =
    options.imports === 'worker'
      ? workerExecutor(
          { storePath: options.storePath, ...openOptions },
          options.workerFile ?? join(__dirname, 'importWorker.js'),
        )
      : inlineExecutor(db);
  // The rules are evaluated after each change by the task that made it (tasks.ts), in the worker in
  // the hosts: this thread only passes the outcome on.
  const tasks = new TaskQueue(executor, options.emit);
  // Today's windows are judged on opening (the count rules read the aggregates only). A watchlist has
  // little to read here: every writer (task, `vigil import`) judged its own new incidents, and only a
  // writer stopped between its commit and its evaluation leaves some for this look.
  evaluateAfterChange(db);
  const handlers = createHandlers({ db, storePath: options.storePath, tasks });
  return {
    db,
    handlers,
    tasks,
    close() {
      // An import still running is cancelled; its worker rolls back and the store stays as it was.
      for (const id of tasks.pendingIds()) tasks.cancel(id);
      db.close();
    },
  };
}
