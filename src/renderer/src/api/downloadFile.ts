// Fetches a file the main process prepared for download (an export), by its one-time id. In a browser
// the loopback server serves it at /api/download/<id> and wants the run's token, as every /api/ call
// does; in the desktop window the app:// protocol serves it at /download/<id>, on the page's origin.
import type { Result } from '../../../shared/errors';
import { TOKEN_HEADER } from './httpClient';
import { asResult, internalError } from './resultValue';

export type DownloadFetch = (downloadId: string) => Promise<Result<Blob>>;

async function failure(response: Response): Promise<Result<Blob>> {
  try {
    const answer = asResult<unknown>(await response.json());
    if (!answer.ok) return answer;
  } catch {
    // Not a JSON error: the status says enough.
  }
  return {
    ok: false,
    error: internalError({
      key: 'errors:client.fetchAnswered',
      params: { status: String(response.status) },
    }),
  };
}

export function createDownloadFetch(transport: 'ipc' | 'http', token: string | null): DownloadFetch {
  const headers: Record<string, string> =
    transport === 'http' && token !== null ? { [TOKEN_HEADER]: token } : {};
  const prefix = transport === 'http' ? '/api/download/' : '/download/';
  return async (downloadId) => {
    let response: Response;
    try {
      response = await fetch(`${prefix}${encodeURIComponent(downloadId)}`, { headers, cache: 'no-store' });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return { ok: false, error: internalError({ key: 'errors:client.fetchFailed', params: { reason } }) };
    }
    if (!response.ok) return failure(response);
    return { ok: true, value: await response.blob() };
  };
}
