// The client for the Electron window: calls go through the preload's bridge, files are handed over
// by their path on disk (the main process reads them itself; nothing is copied).
import type { VigilBridge, VigilClient } from '../../../shared/client';
import type { InputOf, OperationName, ResultOf } from '../../../shared/contract';
import type { FileRef } from '../../../shared/domain';
import { errorValue, type Result } from '../../../shared/errors';
import { asVigilEvent } from './eventValue';
import { asResult, internalError } from './resultValue';

export function createIpcClient(bridge: VigilBridge): VigilClient {
  return {
    async call<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<ResultOf<N>>> {
      try {
        return asResult<ResultOf<N>>(await bridge.call(name, input));
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        return {
          ok: false,
          error: internalError({ key: 'errors:client.callFailed', params: { operation: name, reason } }),
        };
      }
    },

    subscribe(listener) {
      return bridge.subscribe((value) => {
        const event = asVigilEvent(value);
        if (event !== null) listener(event);
      });
    },

    stageFile(file: File): Promise<Result<FileRef>> {
      let path = '';
      try {
        path = bridge.pathForFile(file);
      } catch {
        // Falls through to the error below: the file has no readable path.
      }
      // Files made in the page (not from disk) have no path: Electron returns ''.
      if (path === '') {
        return Promise.resolve({
          ok: false,
          error: errorValue('file_unreadable', { key: 'errors:host.notOnDisk' }, { file: file.name }),
        });
      }
      return Promise.resolve({ ok: true, value: { kind: 'path', path, name: file.name } });
    },
  };
}
