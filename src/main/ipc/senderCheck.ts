// Who may call the main process: only the top frame of Vigil's own window, showing a page of the app's
// own origin. A subframe, another window, a page that navigated elsewhere, or a frame that is already
// gone is refused before its input is even looked at.
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../window/appOrigin';

export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  try {
    return check(event, window);
  } catch {
    // Electron throws when a property of an already disposed frame is read: not a caller to trust.
    return false;
  }
}

function check(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (frame === null) return false;
  if (window === null || window.isDestroyed()) return false;
  const contents = window.webContents;
  // Compared by id rather than identity: Electron may hand out distinct wrapper objects for the same
  // web contents or frame.
  if (event.sender.id !== contents.id) return false;
  const main = contents.mainFrame;
  const isMainFrame =
    frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId;
  return isMainFrame && isAppUrl(frame.url);
}
