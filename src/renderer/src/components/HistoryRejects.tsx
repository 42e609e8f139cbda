import { useImportRejects } from '../hooks/useImportRejects';
import { ErrorNotice } from './ErrorNotice';
import { RejectList } from './RejectList';

const REJECTS_LISTED = 200;

/** The rejected lines of one past import, fetched when the analyst opens them. */
export function HistoryRejects({ importId, fileName }: { importId: number; fileName: string }) {
  const { value, error } = useImportRejects(importId, REJECTS_LISTED);
  if (error !== null) return <ErrorNotice error={error} context="The rejected lines could not be read." />;
  if (value === null) return <p className="muted">Reading the rejected lines…</p>;
  return <RejectList rejects={value.rows} total={value.total} caption={`Rejected lines of ${fileName}`} />;
}
