import { countOf, formatCount } from '../format/count';
import { rejectsFileName } from '../export/rejectsCsv';
import { useRejectsExport } from '../hooks/useRejectsExport';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  importId: number;
  fileName: string;
}

/** Saves an import's rejected rows as a CSV (line, reason, raw), to fix and import again. */
export function ExportRejectsButton({ importId, fileName }: Props) {
  const { exportRejects, running, error, done } = useRejectsExport();
  const saved =
    done === null
      ? ''
      : done.exported < done.total
        ? `Saved the first ${formatCount(done.exported)} of ${formatCount(done.total)} rejected rows to ${rejectsFileName(fileName)}.`
        : `Saved ${countOf(done.exported, 'rejected row')} to ${rejectsFileName(fileName)}.`;
  return (
    <div className="export-rejects">
      <button
        type="button"
        className="button button-small"
        disabled={running}
        onClick={() => {
          void exportRejects(importId, fileName);
        }}
      >
        {running ? 'Exporting…' : 'Export rejected rows as CSV'}
      </button>
      <span className="muted" aria-live="polite">
        {saved}
      </span>
      {error === null ? null : (
        <ErrorNotice error={error} context="The rejected rows could not be exported." />
      )}
    </div>
  );
}
