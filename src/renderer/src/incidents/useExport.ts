// Exports the incidents a filter matches: the main process writes the file, the page fetches it by its
// download id and saves it. One export at a time; its outcome stays until the next one starts.
import { useCallback, useState } from 'react';
import type { IncidentFilter } from '../../../shared/filter';
import type { VigilError } from '../../../shared/errors';
import type { ExportFormat } from '../../../shared/incidentTypes';
import { internalError } from '../api/resultValue';
import { useClientChoice } from '../api/useClientChoice';
import { saveBlob } from '../export/download';
import { messageText } from '../../../shared/i18n/message';

export interface ExportState {
  running: ExportFormat | null;
  error: VigilError | null;
  /** The last export that was saved. */
  done: { format: ExportFormat; rows: number; fileName: string } | null;
  run: (filter: IncidentFilter, format: ExportFormat) => Promise<void>;
}

export function exportFileName(format: ExportFormat, now: Date): string {
  return `vigil-incidents-${now.toISOString().slice(0, 10)}.${format}`;
}

export function useExport(): ExportState {
  const { client, download } = useClientChoice();
  const [state, setState] = useState<Omit<ExportState, 'run'>>({ running: null, error: null, done: null });

  const run = useCallback(
    async (filter: IncidentFilter, format: ExportFormat) => {
      setState({ running: format, error: null, done: null });
      const fail = (error: VigilError): void => {
        setState({ running: null, error, done: null });
      };
      const written = await client
        .call('incidents.export', { filter, format, destination: { kind: 'download' } })
        .catch((err: unknown) => ({ ok: false as const, error: internalError(String(err)) }));
      if (!written.ok) {
        fail(written.error);
        return;
      }
      const { downloadId, rows } = written.value;
      if (downloadId === undefined) {
        const text = { key: 'incidents:export.noFile' } as const;
        fail({ ...internalError(messageText(text, 'en')), text });
        return;
      }
      const file = await download(downloadId);
      if (!file.ok) {
        fail(file.error);
        return;
      }
      const fileName = exportFileName(format, new Date());
      saveBlob(file.value, fileName);
      setState({ running: null, error: null, done: { format, rows, fileName } });
    },
    [client, download],
  );

  return { ...state, run };
}
