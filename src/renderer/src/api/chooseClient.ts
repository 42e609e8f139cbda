// Which client the renderer uses, decided once at startup: inside Electron the preload has exposed
// `window.vigil`; anywhere else the page was served by `vigil serve` and talks HTTP to its own origin.
import type { VigilClient } from '../../../shared/client';
import { createDownloadFetch, type DownloadFetch } from './downloadFile';
import { createHttpClient } from './httpClient';
import { createIpcClient } from './ipcClient';
import { takeSessionToken } from './sessionToken';

export interface ClientChoice {
  client: VigilClient;
  transport: 'ipc' | 'http';
  /** False in browser mode when the page was opened without its token: every call will be refused. */
  hasToken: boolean;
  /** Fetches a prepared download (an export) by its id. */
  download: DownloadFetch;
}

export function chooseClient(win: Window): ClientChoice {
  if (win.vigil !== undefined)
    return {
      client: createIpcClient(win.vigil),
      transport: 'ipc',
      hasToken: true,
      download: createDownloadFetch('ipc', null),
    };
  const token = takeSessionToken(win);
  return {
    client: createHttpClient(token),
    transport: 'http',
    hasToken: token !== null,
    download: createDownloadFetch('http', token),
  };
}
