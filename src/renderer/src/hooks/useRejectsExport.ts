// "Export rejected rows as CSV": reads an import's rejected rows from the store, builds the CSV in the
// page and saves it as a download. Nothing leaves the machine; the file is made from a Blob.
// Every rejected row is exported, page by page (`afterLine`), so the file can be fixed and imported.
import type { ImportReject } from '../../../shared/domain';
import { useCallback, useState } from 'react';
import type { VigilError } from '../../../shared/errors';
import { internalError } from '../api/resultValue';
import { useClient } from '../api/useClient';
import { downloadText } from '../export/download';
import { rejectsCsv, rejectsFileName } from '../export/rejectsCsv';

const REJECTS_PER_CALL = 1000;

export interface RejectsExport {
  exportRejects: (importId: number, fileName: string) => Promise<void>;
  running: boolean;
  error: VigilError | null;
  /** After an export: how many rows the file holds, of how many rejected. */
  done: { exported: number; total: number } | null;
}

export function useRejectsExport(): RejectsExport {
  const client = useClient();
  const [state, setState] = useState<Omit<RejectsExport, 'exportRejects'>>({
    running: false,
    error: null,
    done: null,
  });

  const exportRejects = useCallback(
    async (importId: number, fileName: string) => {
      setState({ running: true, error: null, done: null });
      // Page through every rejected row by line number; a big import can have many thousands.
      const rows: ImportReject[] = [];
      let total = 0;
      for (;;) {
        const answer = await client
          .call('imports.rejects', { importId, limit: REJECTS_PER_CALL, afterLine: rows.at(-1)?.line ?? 0 })
          .catch((err: unknown) => ({ ok: false as const, error: internalError(String(err)) }));
        if (!answer.ok) {
          setState({ running: false, error: answer.error, done: null });
          return;
        }
        total = answer.value.total;
        rows.push(...answer.value.rows);
        if (answer.value.rows.length < REJECTS_PER_CALL || rows.length >= total) break;
      }
      downloadText(rejectsFileName(fileName), rejectsCsv(rows), 'text/csv;charset=utf-8');
      setState({ running: false, error: null, done: { exported: rows.length, total } });
    },
    [client],
  );

  return { exportRejects, ...state };
}
