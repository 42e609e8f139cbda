// The contract's implementation: one handler per operation, over a store handle and the task queue.
// Nothing here knows whether a call came over IPC, HTTP or the command line.
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OperationName, ParsedInputOf, ResultOf } from '../../shared/contract';
import type { FileRef } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import { breakdown } from '../analysis/breakdown';
import { dataQuality } from '../analysis/dataQuality';
import { dataRange } from '../analysis/dataRange';
import { headline } from '../analysis/headline';
import { topValues } from '../analysis/topValues';
import { trend } from '../analysis/trend';
import type { JobFile } from '../import/runJob';
import { previewFile } from '../import/preview';
import { writeSampleFile } from '../sample';
import type { Store } from '../store/open';
import { schemaVersion } from '../store/migrate';
import { monthlyByCategory } from '../store/queries/aggregates';
import { importExists, listDuplicates, listImports, listRejects } from '../store/queries/imports';
import { countIncidents } from '../store/queries/incidents';
import { listLabelMappings, unknownLabels, unmapLabel } from '../store/queries/labels';
import { changeSettings, readSettings, type StoredSettings } from '../store/queries/settings';
import { backupFolder } from '../store/backup';
import type { WorkstationSettings } from '../../shared/settings';
import { deleteMapping, listMappings, saveMapping } from '../store/queries/mappings';
import { alertHandlers } from './alertHandlers';
import { incidentHandlers } from './incidentHandlers';
import { reportHandlers } from './reportHandlers';
import type { TaskQueue } from './taskQueue';
import { triageHandlers } from './triageHandlers';
import { guardStore } from './storeGuard';
import { storeAccess } from '../store/access';

/** What a host tells a handler about the caller: how its file references become readable files. */
export interface CallContext {
  /**
   * A readable path for a file the caller handed over; throws `forbidden` for a kind the host refuses.
   * `read` only looks (a preview); `import` takes the file, and `release` is called once it is imported.
   */
  resolveFile(ref: FileRef, use: 'read' | 'import'): { path: string; name: string; release?: () => void };
}

export type Handlers = {
  [N in OperationName]: (input: ParsedInputOf<N>, context: CallContext) => ResultOf<N> | Promise<ResultOf<N>>;
};

export interface ServiceDeps {
  db: Store;
  storePath: string;
  tasks: TaskQueue;
}

export function createHandlers(deps: ServiceDeps): Handlers {
  const { db, storePath, tasks } = deps;
  const now = (): string => new Date().toISOString();
  const settings = (stored: StoredSettings): WorkstationSettings => ({
    ...stored,
    storePath,
    backupFolder: backupFolder(storePath),
  });
  const requireImport = (importId: number): void => {
    if (!importExists(db, importId))
      throw new VigilFault('not_found', { key: 'errors:noImport', params: { id: importId } });
  };

  return guardStore(db, {
    'store.info': () => {
      const access = storeAccess(db);
      return {
        readOnly: access.readOnly,
        readOnlyReason: access.readOnlyReason,
        ...(access.readOnlyCause === null
          ? {}
          : {
              readOnlyText: {
                key: `errors:access.${access.readOnlyCause.access}` as const,
                params: access.readOnlyCause,
              },
            }),
        path: storePath,
        schemaVersion: schemaVersion(db),
        incidents: countIncidents(db),
        imports: (db.prepare('SELECT count(*) AS n FROM imports').get() as { n: number }).n,
      };
    },

    ...incidentHandlers(deps),
    ...triageHandlers(deps),
    ...alertHandlers(deps),
    ...reportHandlers(deps),

    'stats.monthlyByCategory': (input) => ({ rows: monthlyByCategory(db, input) }),

    'stats.headline': (input) => headline(db, input),

    'stats.trend': (input) => trend(db, input),

    'stats.breakdown': (input) => breakdown(db, input),

    'stats.quality': (input) => dataQuality(db, input),

    'stats.top': (input) => topValues(db, input),

    'settings.get': () => settings(readSettings(db)),

    'settings.set': (input) => settings(changeSettings(db, input)),

    'settings.setTimeZone': async (input) => {
      const outcome = await tasks.run({ kind: 'setTimeZone', timeZone: input.timeZone });
      return { ...settings(readSettings(db)), changed: outcome.kind === 'setTimeZone' && outcome.changed };
    },

    'stats.range': () => dataRange(db),

    'imports.list': () => ({ rows: listImports(db) }),

    'imports.rejects': (input) => {
      requireImport(input.importId);
      return listRejects(db, input.importId, input.limit, input.afterLine);
    },

    'imports.duplicates': (input) => {
      requireImport(input.importId);
      return listDuplicates(db, input.importId, input.limit, input.afterLine);
    },

    'imports.undo': async (input) => {
      requireImport(input.importId);
      const outcome = await tasks.run({ kind: 'undo', importId: input.importId });
      return { removed: outcome.kind === 'undo' ? outcome.removed : 0 };
    },

    'import.preview': (input, context) => {
      const file = context.resolveFile(input.file, 'read');
      return previewFile(db, file, {
        rows: input.rows,
        ...(input.read ? { read: input.read } : {}),
        ...(input.mapping ? { mapping: input.mapping } : {}),
      });
    },

    'import.start': (input, context) => {
      const taken: ReturnType<CallContext['resolveFile']>[] = [];
      try {
        for (const spec of input.files) taken.push(context.resolveFile(spec.file, 'import'));
      } catch (err) {
        // One unusable reference fails the call; the files already taken are not left behind.
        for (const file of taken) file.release?.();
        throw err;
      }
      const files: JobFile[] = input.files.map((spec, i) => {
        const file = taken[i] ?? { path: '', name: '' };
        return {
          path: file.path,
          name: file.name,
          ...(spec.read ? { read: spec.read } : {}),
          ...(spec.mapping ? { mapping: spec.mapping } : {}),
          ...(spec.saveMappingAs !== undefined ? { saveMappingAs: spec.saveMappingAs } : {}),
        };
      });
      const jobId = tasks.startImport(files, () => {
        for (const file of taken) file.release?.();
      });
      return { jobId };
    },

    'import.cancel': (input) => ({ cancelled: tasks.cancel(input.jobId) }),

    'import.discard': (input, context) => {
      try {
        const file = context.resolveFile(input.file, 'import');
        file.release?.();
        return { discarded: file.release !== undefined };
      } catch {
        // Already imported or discarded: there is nothing left to let go of.
        return { discarded: false };
      }
    },

    'mappings.list': () => ({ rows: listMappings(db) }),

    'mappings.save': (input) => saveMapping(db, input, now()),

    'mappings.delete': (input) => ({ deleted: deleteMapping(db, input.id) }),

    'labels.unknown': (input) => ({ rows: unknownLabels(db, input.limit) }),

    'labels.list': () => ({ rows: listLabelMappings(db) }),

    'labels.map': async (input) => {
      const outcome = await tasks.run({ kind: 'mapLabels', rows: [input] });
      return { recategorized: outcome.kind === 'mapLabels' ? outcome.recategorized : 0 };
    },

    'labels.unmap': (input) => ({ removed: unmapLabel(db, input.label) }),

    'labels.import': async (input) => {
      const outcome = await tasks.run({ kind: 'mapLabels', rows: input.rows });
      return outcome.kind === 'mapLabels'
        ? { mapped: input.rows.length, recategorized: outcome.recategorized }
        : { mapped: 0, recategorized: 0 };
    },

    'sample.load': async (input) => {
      const dir = await mkdtemp(join(tmpdir(), 'vigil-sample-'));
      const path = join(dir, 'vigil-sample.csv');
      await writeSampleFile(path, { rows: input.rows });
      const jobId = tasks.startImport([{ path, name: 'vigil-sample.csv' }], () => {
        rmSync(dir, { recursive: true, force: true });
      });
      return { jobId };
    },
  });
}
