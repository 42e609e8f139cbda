// Import jobs live above the views: a file can be dropped on any view, and its progress and outcome
// stay on screen while the analyst moves between views. The one file input of the app lives here
// too, so every "Choose files…" button opens the same picker (and tests find exactly one input).
import { createContext, useCallback, useRef, type ChangeEvent, type ReactNode } from 'react';
import { useImportJobs, type ImportJobs } from '../hooks/useImportJobs';

export interface Imports extends ImportJobs {
  /** Opens the system file picker; the chosen files are imported. */
  pickFiles: () => void;
}

export const ImportsContext = createContext<Imports | null>(null);

export const ACCEPTED_FILES = '.csv,.tsv,.txt,text/csv';

export function ImportsProvider({ children }: { children: ReactNode }) {
  const jobs = useImportJobs();
  const input = useRef<HTMLInputElement>(null);
  const { start } = jobs;

  const pickFiles = useCallback(() => {
    input.current?.click();
  }, []);

  const picked = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const files = Array.from(event.currentTarget.files ?? []);
      // Cleared so that choosing the same file again (after fixing it) fires another change.
      event.currentTarget.value = '';
      if (files.length > 0) start(files);
    },
    [start],
  );

  return (
    <ImportsContext value={{ ...jobs, pickFiles }}>
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
