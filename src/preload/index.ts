// The preload: exposes window.vigil, the typed client's transport, as plain functions. The page never
// gets ipcRenderer, an IPC event object, or a channel it can name: calls go only to contract
// operations, and events arrive as their payload alone.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { VigilBridge } from '../shared/client';
import { isOperationName } from '../shared/operationNames';
import type { Result } from '../shared/errors';
import { channelFor, EVENT_CHANNEL } from '../shared/ipcChannels';

const bridge: VigilBridge = {
  // `unknown`, not the declared string: the page can pass anything through the bridge.
  call(name: unknown, input: unknown) {
    if (!isOperationName(name)) {
      const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `of type ${typeof name}`;
      const refused: Result<never> = {
        ok: false,
        error: { code: 'unknown_operation', message: `Vigil has no operation ${shown}.` },
      };
      return Promise.resolve(refused);
    }
    // The host always answers with a Result. A rejection means the call never got there (input that
    // cannot be cloned, no handler during shutdown); the page gets that as a Result too.
    return ipcRenderer.invoke(channelFor(name), input).catch((err: unknown): Result<never> => {
      const reason = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'internal', message: `The call did not reach Vigil: ${reason}` } };
    });
  },
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  pathForFile(file) {
    return webUtils.getPathForFile(file);
  },
};

contextBridge.exposeInMainWorld('vigil', bridge);
