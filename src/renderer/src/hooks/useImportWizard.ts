// The import wizard's files: staged as soon as they are dropped or picked (an upload in browser mode,
// a path in Electron), previewed as the user adjusts them, and handed to an import job when asked.
import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { FileRef, ImportPreview } from '../../../shared/domain';
import type { Result } from '../../../shared/errors';
import type { ImportMapping, ReadOptions } from '../../../shared/mapping';
import { useClient } from '../api/useClient';
import type { ImportFileSpec } from './useImportJobs';
import { useWizardPreviews } from './useWizardPreviews';
import { importSpec, type WizardEntry } from './wizardEntry';
import { wizardReducer } from './wizardReducer';

export interface ImportWizard {
  entries: readonly WizardEntry[];
  add: (files: readonly File[]) => void;
  remove: (key: number) => void;
  clear: () => void;
  setRead: (key: number, read: ReadOptions) => void;
  editMapping: (key: number, mapping: ImportMapping) => void;
  resetMapping: (key: number) => void;
  setSave: (key: number, save: boolean) => void;
  setSaveName: (key: number, name: string) => void;
  /** Imports the given files (those ready among them); they leave the wizard. */
  importFiles: (keys: readonly number[]) => void;
}

export function useImportWizard(start: (files: readonly ImportFileSpec[]) => void): ImportWizard {
  const client = useClient();
  const [entries, dispatch] = useReducer(wizardReducer, []);
  const nextKey = useRef(1);
  /** Files removed before their turn to be staged: not uploaded at all. */
  const removed = useRef(new Set<number>());

  const onAnswer = useCallback((key: number, request: string, result: Result<ImportPreview>) => {
    dispatch({ type: 'previewed', key, request, result });
  }, []);
  useWizardPreviews(entries, onAnswer);

  // A file the user will not import is let go of: in the browser its staged upload is deleted.
  const discard = useCallback(
    (ref: FileRef) => {
      void client.call('import.discard', { file: ref });
    },
    [client],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({ key: nextKey.current++, name: file.name, size: file.size, file }));
      dispatch({ type: 'added', files: added.map(({ key, name, size }) => ({ key, name, size })) });
      void (async () => {
        // One at a time: parallel uploads of large exports would only compete for the same disk.
        for (const { key, file } of added) {
          if (removed.current.delete(key)) continue;
          const staged = await client.stageFile(file);
          // Removed while it was uploading: let the host delete what it received.
          if (removed.current.delete(key)) {
            if (staged.ok) discard(staged.value);
            continue;
          }
          dispatch(
            staged.ok
              ? { type: 'staged', key, ref: staged.value }
              : { type: 'stageFailed', key, error: staged.error },
          );
        }
      })();
    },
    [client, discard],
  );

  const remove = useCallback(
    (key: number) => {
      const entry = entries.find((e) => e.key === key);
      if (entry?.stage.state === 'staging') removed.current.add(key);
      if (entry?.stage.state === 'staged') discard(entry.stage.ref);
      dispatch({ type: 'remove', keys: [key] });
    },
    [entries, discard],
  );

  const clear = useCallback(() => {
    for (const entry of entries) {
      if (entry.stage.state === 'staging') removed.current.add(entry.key);
      if (entry.stage.state === 'staged') discard(entry.stage.ref);
    }
    dispatch({ type: 'clear' });
  }, [entries, discard]);

  const importFiles = useCallback(
    (keys: readonly number[]) => {
      const taken: number[] = [];
      const specs: ImportFileSpec[] = [];
      for (const entry of entries) {
        if (!keys.includes(entry.key)) continue;
        const spec = importSpec(entry);
        if (spec === null) continue;
        taken.push(entry.key);
        specs.push(spec);
      }
      if (specs.length === 0) return;
      dispatch({ type: 'remove', keys: taken });
      start(specs);
    },
    [entries, start],
  );

  const setters = useMemo(
    () => ({
      setRead: (key: number, read: ReadOptions) => {
        dispatch({ type: 'read', key, read });
      },
      editMapping: (key: number, mapping: ImportMapping) => {
        dispatch({ type: 'mapping', key, mapping });
      },
      resetMapping: (key: number) => {
        dispatch({ type: 'resetMapping', key });
      },
      setSave: (key: number, save: boolean) => {
        dispatch({ type: 'save', key, save });
      },
      setSaveName: (key: number, name: string) => {
        dispatch({ type: 'saveName', key, name });
      },
    }),
    [],
  );

  return { entries, add, remove, clear, importFiles, ...setters };
}
