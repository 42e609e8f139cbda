import { useImportRejects } from '../hooks/useImportRejects';
import { ErrorNotice } from './ErrorNotice';
import { ExportRejectsButton } from './ExportRejectsButton';
import { RejectList } from './RejectList';

const REJECTS_LISTED = 200;

/** The rejected lines of one past import, fetched when the analyst opens them, and all of them as a CSV. */
export function HistoryRejects({ importId, fileName }: { importId: number; fileName: string }) {
  const { value, error } = useImportRejects(importId, REJECTS_LISTED);
  if (error !== null) return <ErrorNotice error={error} context="The rejected lines could not be read." />;
  if (value === null) return <p className="muted">Reading the rejected lines…</p>;
  return (
    <>
      <ExportRejectsButton importId={importId} fileName={fileName} />
      <RejectList rejects={value.rows} total={value.total} caption={`Rejected lines of ${fileName}`} />
    </>
  );
}
