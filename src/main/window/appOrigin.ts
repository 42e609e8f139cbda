// The renderer's one origin. Everything the window may load, navigate to or call from lives under
// app://vigil/; the protocol handler, the lock-down and the IPC sender check all ask this file.

export const APP_SCHEME = 'app';
export const APP_HOST = 'vigil';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for a URL on the app's own origin. Compares parsed parts rather than the `origin` property:
 * Node's URL reports the origin of any non-special scheme (such as app:) as the string "null".
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
