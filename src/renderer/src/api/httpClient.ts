// The client for browser mode: the same renderer served by `vigil serve` on 127.0.0.1. Every request
// goes to the page's own origin and carries the run's token; nothing else is ever requested.
import type { VigilClient } from '../../../shared/client';
import type { InputOf, OperationName, ResultOf } from '../../../shared/contract';
import type { FileRef } from '../../../shared/domain';
import type { Result } from '../../../shared/errors';
import { EventStream } from './eventStream';
import { asResult, internalError } from './resultValue';

export const TOKEN_HEADER = 'X-Vigil-Token';
/** How long a new import waits for the event stream to be attached before it starts anyway. */
const EVENTS_WAIT_MS = 3_000;
const LAST_EVENT_ID_HEADER = 'Last-Event-ID';

async function readResult<T>(request: Promise<Response>): Promise<Result<T>> {
  let response: Response;
  try {
    response = await request;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      error: internalError({ key: 'errors:client.unreachable', params: { reason } }),
    };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return {
      ok: false,
      error: internalError({
        key: 'errors:client.unreadableAnswer',
        params: { status: String(response.status) },
      }),
    };
  }
  return asResult<T>(body);
}

/** The upload answer as a FileRef; the host names the kind, but an id alone is enough to go on. */
function asUploadRef(result: Result<unknown>, file: File): Result<FileRef> {
  if (!result.ok) return result;
  const value = result.value as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || typeof value.uploadId !== 'string') {
    return {
      ok: false,
      error: internalError({ key: 'errors:client.uploadNotAcknowledged', params: { file: file.name } }),
    };
  }
  const name = typeof value.name === 'string' ? value.name : file.name;
  return { ok: true, value: { kind: 'upload', uploadId: value.uploadId, name } };
}

export function createHttpClient(token: string | null): VigilClient {
  const tokenHeaders: Record<string, string> = token === null ? {} : { [TOKEN_HEADER]: token };
  const events = new EventStream((signal, lastEventId) =>
    fetch('/api/events', {
      headers: {
        ...tokenHeaders,
        Accept: 'text/event-stream',
        ...(lastEventId === null ? {} : { [LAST_EVENT_ID_HEADER]: lastEventId }),
      },
      signal,
      cache: 'no-store',
    }),
  );

  return {
    async call<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<ResultOf<N>>> {
      // A job reports only through events, and a small file is done in milliseconds: right after the
      // page loaded, its outcome could be sent before the event stream is attached (see whenReady).
      // Loading the sample starts a job too.
      if (name === 'import.start' || name === 'sample.load') await events.whenReady(EVENTS_WAIT_MS);
      return readResult<ResultOf<N>>(
        fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { ...tokenHeaders, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
          cache: 'no-store',
        }),
      );
    },

    subscribe(listener) {
      return events.subscribe(listener);
    },

    async stageFile(file: File): Promise<Result<FileRef>> {
      const result = await readResult<unknown>(
        fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          headers: { ...tokenHeaders, 'Content-Type': 'application/octet-stream' },
          body: file,
          cache: 'no-store',
        }),
      );
      return asUploadRef(result, file);
    },
  };
}
