// The contract's implementation: one handler per operation, over a store handle and the job runner.
// Nothing here knows whether a call came over IPC, HTTP or the command line.
import type { OperationName, ParsedInputOf, ResultOf } from '../../shared/contract';
import type { FileRef } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import type { Store } from '../store/open';
import { schemaVersion } from '../store/migrate';
import { monthlyByCategory } from '../store/queries/aggregates';
import { importExists, listImports, listRejects } from '../store/queries/imports';
import { countIncidents, listIncidents } from '../store/queries/incidents';
import type { ImportJobs } from './importJobs';

/** What a host tells a handler about the caller: how its file references become readable files. */
export interface CallContext {
  /** A readable path for a file the caller handed over; throws `forbidden` for a kind the host refuses. */
  resolveFile(ref: FileRef): { path: string; name: string; release?: () => void };
}

export type Handlers = {
  [N in OperationName]: (input: ParsedInputOf<N>, context: CallContext) => ResultOf<N> | Promise<ResultOf<N>>;
};

export interface ServiceDeps {
  db: Store;
  storePath: string;
  jobs: ImportJobs;
}

export function createHandlers({ db, storePath, jobs }: ServiceDeps): Handlers {
  return {
    'store.info': () => ({
      path: storePath,
      schemaVersion: schemaVersion(db),
      incidents: countIncidents(db),
      imports: (db.prepare('SELECT count(*) AS n FROM imports').get() as { n: number }).n,
    }),

    'incidents.list': (input) => listIncidents(db, input),

    'stats.monthlyByCategory': (input) => ({ rows: monthlyByCategory(db, input) }),

    'imports.list': () => ({ rows: listImports(db) }),

    'imports.rejects': (input) => {
      if (!importExists(db, input.importId)) {
        throw new VigilFault('not_found', `There is no import ${String(input.importId)}.`);
      }
      return listRejects(db, input.importId, input.limit);
    },

    'import.start': (input, context) => {
      const resolved: ReturnType<CallContext['resolveFile']>[] = [];
      try {
        for (const ref of input.files) resolved.push(context.resolveFile(ref));
      } catch (err) {
        // One unusable reference fails the call; the files already taken are not left behind.
        for (const file of resolved) file.release?.();
        throw err;
      }
      const jobId = jobs.start(
        resolved.map(({ path, name }) => ({ path, name })),
        () => {
          for (const file of resolved) file.release?.();
        },
      );
      return { jobId };
    },

    'import.cancel': (input) => ({ cancelled: jobs.cancel(input.jobId) }),
  };
}
