// Import jobs and the import wizard live above the views: a file can be dropped on any view, the
// wizard keeps its files and the user's choices while the analyst looks elsewhere, and a job's
// progress and outcome stay on screen whichever view is open. The one file input of the app lives
// here too, so every "Choose files…" button opens the same picker (and tests find exactly one input).
import { createContext, useCallback, useRef, type ChangeEvent, type ReactNode } from 'react';
import { useImportJobs, type ImportJobs } from '../hooks/useImportJobs';
import { useImportWizard, type ImportWizard } from '../hooks/useImportWizard';
import { navigate } from './navigate';

export interface Imports extends ImportJobs {
  wizard: ImportWizard;
  /** Files dropped or picked: staged in the wizard, which the Import view shows. */
  addFiles: (files: readonly File[]) => void;
  /** Opens the system file picker; the chosen files go to the wizard. */
  pickFiles: () => void;
}

export const ImportsContext = createContext<Imports | null>(null);

export const ACCEPTED_FILES = '.csv,.tsv,.txt,.json,.ndjson,.jsonl,text/csv,application/json';

export function ImportsProvider({ children }: { children: ReactNode }) {
  const jobs = useImportJobs();
  const wizard = useImportWizard(jobs.start);
  const input = useRef<HTMLInputElement>(null);
  const { add } = wizard;

  const addFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      add(files);
      navigate({ view: 'import' });
    },
    [add],
  );

  const pickFiles = useCallback(() => {
    input.current?.click();
  }, []);

  const picked = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const files = Array.from(event.currentTarget.files ?? []);
      // Cleared so that choosing the same file again (after fixing it) fires another change.
      event.currentTarget.value = '';
      addFiles(files);
    },
    [addFiles],
  );

  return (
    <ImportsContext value={{ ...jobs, wizard, addFiles, pickFiles }}>
      {children}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={picked}
      />
    </ImportsContext>
  );
}
