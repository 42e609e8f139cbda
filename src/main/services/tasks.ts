// The writes that can take long on a big store, each one transaction: importing files, undoing an
// import, mapping a label (which re-categorizes stored incidents). They run one at a time, in the
// import worker thread in the hosts, so no host's event loop ever waits on them. Each write is followed,
// in the same thread, by the evaluation of the alert rules: a watchlist reads every new incident, which
// after a million-row import takes seconds a window must not spend frozen.
import { evaluateAfterChange } from '../alerts/afterChange';
import type { ImportJobResult } from '../../shared/domain';
import type { IncidentFilter } from '../../shared/filter';
import type { ExportFormat, IncidentEdit } from '../../shared/incidentTypes';
import type { CategoryCode } from '../../shared/taxonomy';
import { exportIncidents } from '../export/exportIncidents';
import type { ImportProgressTick } from '../import/importFile';
import { runImportJob, type JobFile } from '../import/runJob';
import type { Store } from '../store/open';
import { undoImport } from '../store/queries/imports';
import { mapLabel } from '../store/queries/labels';
import { undoBatch } from '../store/queries/changes';
import { setTimeZone } from '../store/queries/settings';
import { applyTriage, type TriageTarget } from '../store/queries/triage';

export type Task =
  | { kind: 'import'; files: JobFile[] }
  | { kind: 'undo'; importId: number }
  | { kind: 'mapLabels'; rows: readonly { label: string; category: CategoryCode }[] }
  | { kind: 'triage'; target: TriageTarget; edit: IncidentEdit; by: string }
  | { kind: 'undoChanges'; batchId: number }
  | { kind: 'export'; filter: IncidentFilter; format: ExportFormat; path: string }
  | { kind: 'setTimeZone'; timeZone: string };

export type TaskOutcome =
  | { kind: 'import'; result: ImportJobResult }
  | { kind: 'undo'; removed: number }
  | { kind: 'mapLabels'; recategorized: number }
  | { kind: 'triage'; batchId: number | null; changed: number }
  | { kind: 'undoChanges'; reverted: number }
  | { kind: 'export'; rows: number }
  | { kind: 'setTimeZone'; changed: boolean };

export interface TaskHooks {
  signal: AbortSignal;
  onProgress: (fileIndex: number, tick: ImportProgressTick) => void;
  /** The import worker's file, to read files in a second worker thread beside the one that writes. */
  parseWorkerFile?: string;
}

export async function runTask(db: Store, task: Task, hooks: TaskHooks): Promise<TaskOutcome> {
  const outcome = await runWrite(db, task, hooks);
  // Before the outcome reaches the host, so the window hearing of the change reads alerts that count it.
  if (outcome.kind !== 'export') evaluateAfterChange(db);
  return outcome;
}

async function runWrite(db: Store, task: Task, hooks: TaskHooks): Promise<TaskOutcome> {
  const now = new Date().toISOString();
  switch (task.kind) {
    case 'import':
      return { kind: 'import', result: await runImportJob(db, task.files, hooks) };
    case 'undo':
      return { kind: 'undo', removed: db.transaction(() => undoImport(db, task.importId, now)).immediate() };
    case 'mapLabels':
      return {
        kind: 'mapLabels',
        recategorized: db
          .transaction(() =>
            task.rows.reduce((sum, row) => sum + mapLabel(db, row.label, row.category, now), 0),
          )
          .immediate(),
      };
    case 'triage':
      return {
        kind: 'triage',
        ...db
          .transaction(() => applyTriage(db, task.target, task.edit, { at: now, by: task.by }))
          .immediate(),
      };
    case 'undoChanges':
      return {
        kind: 'undoChanges',
        reverted: db.transaction(() => undoBatch(db, task.batchId, now)).immediate(),
      };
    case 'setTimeZone':
      // Rebuilds the aggregates: seconds on a big store, so in the worker like any long write.
      return {
        kind: 'setTimeZone',
        changed: db.transaction(() => setTimeZone(db, task.timeZone)).immediate(),
      };
    case 'export':
      // A long read, not a write: it runs here so that no host's event loop waits on it either.
      return { kind: 'export', ...exportIncidents(db, task) };
  }
}
