// The one application window. Its webPreferences are written out in full, literally, in the
// constructor call, so a reader (and electronegativity) sees every security setting in one place.
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './appOrigin';
import { lockDownSession, lockDownWebContents } from './lockdown';

export interface MainWindowOptions {
  /** Absolute path of the built preload (out/preload/index.js). */
  preloadPath: string;
}

export function createMainWindow({ preloadPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Vigil',
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    // Shown once the first paint is ready, so the analyst never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: preloadPath,
    },
  });
  // Locked before the first load, so not even the first request escapes the policy.
  lockDownSession(window.webContents.session);
  lockDownWebContents(window.webContents);
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(APP_INDEX_URL).catch((err: unknown) => {
    console.error(`Vigil could not load its window: ${err instanceof Error ? err.message : String(err)}`);
  });
  return window;
}

/** Brings the window to the front, e.g. when a second copy of Vigil is started. */
export function revealWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
