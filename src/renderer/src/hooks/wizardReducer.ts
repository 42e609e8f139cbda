// The files staged in the import wizard and the user's choices for each. Pure, like the import jobs'
// reducer: answers to preview requests that are no longer wanted (the user changed the mapping since)
// are dropped here, by comparing the request they answer with the one the entry would make now.
import type { FileRef, ImportPreview } from '../../../shared/domain';
import type { Result, VigilError } from '../../../shared/errors';
import type { ImportMapping, ReadOptions } from '../../../shared/mapping';
import { entryView, newEntry, previewRequest, type WizardEntry } from './wizardEntry';

export type WizardAction =
  | { type: 'added'; files: { key: number; name: string; size: number }[] }
  | { type: 'staged'; key: number; ref: FileRef }
  | { type: 'stageFailed'; key: number; error: VigilError }
  | { type: 'previewed'; key: number; request: string; result: Result<ImportPreview> }
  /** Another encoding or delimiter: the header may read differently, so the mapping starts afresh. */
  | { type: 'read'; key: number; read: ReadOptions }
  | { type: 'mapping'; key: number; mapping: ImportMapping }
  | { type: 'resetMapping'; key: number }
  | { type: 'save'; key: number; save: boolean }
  | { type: 'saveName'; key: number; name: string }
  /** Files leave the wizard: removed, or handed to an import job. */
  | { type: 'remove'; keys: number[] }
  | { type: 'clear' };

function update(
  entries: WizardEntry[],
  key: number,
  change: (entry: WizardEntry) => WizardEntry,
): WizardEntry[] {
  return entries.map((entry) => (entry.key === key ? change(entry) : entry));
}

export function wizardReducer(entries: WizardEntry[], action: WizardAction): WizardEntry[] {
  switch (action.type) {
    case 'added':
      return [...entries, ...action.files.map((f) => newEntry(f.key, f.name, f.size))];
    case 'staged':
      return update(entries, action.key, (entry) => ({
        ...entry,
        stage: { state: 'staged', ref: action.ref },
      }));
    case 'stageFailed':
      return update(entries, action.key, (entry) => ({
        ...entry,
        stage: { state: 'failed', error: action.error },
      }));
    case 'previewed':
      return update(entries, action.key, (entry) => {
        if (previewRequest(entry) !== action.request) return entry;
        const { result } = action;
        return {
          ...entry,
          // A failed call keeps the last preview on screen, with the error beside it.
          preview: result.ok
            ? { request: action.request, value: result.value, error: null }
            : { request: action.request, value: entry.preview.value, error: result.error },
        };
      });
    case 'read':
      return update(entries, action.key, (entry) => ({
        ...entry,
        read: action.read,
        mapping: null,
        base: null,
        save: null,
        saveName: null,
      }));
    case 'mapping':
      return update(entries, action.key, (entry) => {
        // The first edit keeps what the mapping was before it; with no preview yet there is nothing to edit.
        const base = entryView(entry).origin;
        return base === null ? entry : { ...entry, mapping: action.mapping, base };
      });
    case 'resetMapping':
      return update(entries, action.key, (entry) => ({ ...entry, mapping: null, base: null, save: null }));
    case 'save':
      return update(entries, action.key, (entry) => ({ ...entry, save: action.save }));
    case 'saveName':
      return update(entries, action.key, (entry) => ({ ...entry, saveName: action.name }));
    case 'remove':
      return entries.filter((entry) => !action.keys.includes(entry.key));
    case 'clear':
      return [];
  }
}
