// How a call over IPC hands files to a service: the desktop app passes the path the operating system
// gave for a dropped or picked file. Uploads belong to the browser host and are refused here.
import { isAbsolute } from 'node:path';
import type { FileRef } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import type { CallContext } from '../services/handlers';

export const ipcCallContext: CallContext = {
  // A path stays where it is whether it is previewed or imported: `use` does not matter here.
  resolveFile(ref: FileRef) {
    if (ref.kind !== 'path') {
      throw new VigilFault('forbidden', { key: 'errors:host.uploadsOnlyInBrowser' });
    }
    // webUtils.getPathForFile always gives an absolute path; a relative one would depend on the main
    // process's working folder, so it is not something the window can legitimately send.
    if (!isAbsolute(ref.path)) {
      throw new VigilFault(
        'invalid_input',
        { key: 'errors:host.notAbsolute', params: { path: ref.path } },
        { file: ref.name },
      );
    }
    return { path: ref.path, name: ref.name };
  },
};
