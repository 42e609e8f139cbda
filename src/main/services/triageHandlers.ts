// The incident table's writing side: triage edits with their history and undo, and export. Writes and
// exports run through the task queue (a worker thread in the hosts); reads of the record run here.
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { VigilFault } from '../../shared/errors';
import { createDownloadSlot } from '../export/downloads';
import { incidentHistory, listBatches } from '../store/queries/changes';
import { checkEdit } from '../store/queries/triage';
import type { CallContext, Handlers, ServiceDeps } from './handlers';

type TriageHandlers = Pick<
  Handlers,
  'incidents.update' | 'incidents.history' | 'changes.list' | 'changes.undo' | 'incidents.export'
>;

/** Who makes a change: the operating-system user running Vigil. */
export function operatorName(): string {
  try {
    const name = userInfo().username.trim();
    if (name !== '') return name;
  } catch {
    // No passwd entry for this uid (a container, a service account): fall back to the environment.
  }
  return process.env.USER ?? process.env.USERNAME ?? 'unknown';
}

/**
 * Whether this caller may name a file to write. The hosts already answer that for files to read: the
 * desktop app takes absolute paths, the browser host refuses every path (a page must not write files
 * where it likes); the same answer holds for an export's destination.
 */
function checkWritablePath(context: CallContext, path: string): void {
  try {
    context.resolveFile({ kind: 'path', path, name: basename(path) }, 'read');
  } catch (err) {
    if (err instanceof VigilFault && err.code === 'forbidden') {
      throw new VigilFault('forbidden', { key: 'incidents:errors.exportIsDownload' });
    }
    throw err;
  }
}

export function triageHandlers({ db, tasks }: ServiceDeps): TriageHandlers {
  return {
    'incidents.update': async (input) => {
      // Checked here too, so a wrong edit is refused before it waits behind a running import.
      checkEdit(input.edit);
      const outcome = await tasks.run({
        kind: 'triage',
        target: input.target,
        edit: input.edit,
        by: operatorName(),
      });
      return outcome.kind === 'triage'
        ? { batchId: outcome.batchId, changed: outcome.changed }
        : { batchId: null, changed: 0 };
    },

    'incidents.history': (input) => ({ rows: incidentHistory(db, input.id) }),

    'changes.list': (input) => ({ rows: listBatches(db, input.limit) }),

    'changes.undo': async (input) => {
      const outcome = await tasks.run({ kind: 'undoChanges', batchId: input.batchId });
      return { reverted: outcome.kind === 'undoChanges' ? outcome.reverted : 0 };
    },

    'incidents.export': async (input, context) => {
      const { filter, format, destination } = input;
      if (destination.kind === 'path') {
        checkWritablePath(context, destination.path);
        const path = resolve(destination.path);
        const outcome = await tasks.run({ kind: 'export', filter, format, path });
        return { rows: outcome.kind === 'export' ? outcome.rows : 0, path };
      }
      const slot = createDownloadSlot(format);
      try {
        const outcome = await tasks.run({ kind: 'export', filter, format, path: slot.path });
        return { rows: outcome.kind === 'export' ? outcome.rows : 0, downloadId: slot.publish() };
      } catch (err) {
        slot.discard();
        throw err;
      }
    },
  };
}
