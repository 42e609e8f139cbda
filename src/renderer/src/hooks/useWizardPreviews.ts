// Asks for the preview of every staged file whenever what it would show changes: at once for a new
// file or another encoding or delimiter, a moment after the last change while the user edits the
// mapping (so typing a constant does not send a call per key), and again when the store changes (a
// mapping saved or a label mapped by an import changes what the preview says).
import { useEffect, useRef } from 'react';
import type { ImportPreview } from '../../../shared/domain';
import type { Result } from '../../../shared/errors';
import { internalError } from '../api/resultValue';
import { useClient } from '../api/useClient';
import { useDataVersion } from './useDataVersion';
import { previewInput, type WizardEntry } from './wizardEntry';

export const PREVIEW_DEBOUNCE_MS = 300;

export function useWizardPreviews(
  entries: readonly WizardEntry[],
  onAnswer: (key: number, request: string, result: Result<ImportPreview>) => void,
): void {
  const client = useClient();
  const version = useDataVersion();
  /** The request last sent per file, with the store version it was sent at. */
  const asked = useRef(new Map<number, string>());

  useEffect(() => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    for (const entry of entries) {
      const input = previewInput(entry);
      if (input === null) continue;
      const request = JSON.stringify(input);
      const ask = `${String(version)}|${request}`;
      if (asked.current.get(entry.key) === ask) continue;
      const editing = entry.mapping !== null && entry.preview.value !== null;
      timers.push(
        setTimeout(
          () => {
            asked.current.set(entry.key, ask);
            void client
              .call('import.preview', input)
              .catch((err: unknown) => ({ ok: false as const, error: internalError(String(err)) }))
              .then((result) => {
                onAnswer(entry.key, request, result);
              });
          },
          editing ? PREVIEW_DEBOUNCE_MS : 0,
        ),
      );
    }
    return () => {
      for (const timer of timers) clearTimeout(timer);
    };
  }, [client, entries, version, onAnswer]);
}
