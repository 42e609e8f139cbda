// Navigation, window, webview, permission and network lock-down. The renderer shows untrusted text
// from imported files; if any of it ever ran, it must still find no way out: no other page, no new
// window, no device or permission, and no request that leaves app://vigil.
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

const lockedSessions = new WeakSet<Session>();
const lockedContents = new WeakSet<WebContents>();

/** Denies every permission and cancels every request that is not for the app's own origin. */
export function lockDownSession(session: Session): void {
  if (lockedSessions.has(session)) return;
  lockedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) });
  });
}

/**
 * Keeps a web contents on the app's origin. Applied to the main window and, from the app's
 * `web-contents-created` event, to any contents that might appear; applying it twice is harmless.
 */
export function lockDownWebContents(contents: WebContents): void {
  if (lockedContents.has(contents)) return;
  lockedContents.add(contents);
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
