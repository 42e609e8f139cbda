// Electron entry: wiring only. One instance; the store opened once on ready; the app protocol, the
// IPC host and the window set up over it; events forwarded to the window; the store closed on quit.
// Every decision lives in window/, ipc/ or the services, where it is tested without Electron.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { describeError, toVigilError } from '../shared/errors';
import { languageOfLocale, type Language } from '../shared/i18n/languages';
import { translator } from '../shared/i18n/message';
import { createEventForwarder } from './ipc/events';
import { registerIpcHost } from './ipc/ipcHost';
import { createRuntime, type Runtime } from './services/runtime';
import { STORE_FILE } from './store/location';
import { readSettings } from './store/queries/settings';
import { electronNativeBinding } from './store/nativeBinding';
import { registerAppScheme, serveAppProtocol } from './window/appProtocol';
import { createMainWindow, revealWindow } from './window/createMainWindow';
import { lockDownWebContents } from './window/lockdown';

if (!app.requestSingleInstanceLock()) {
  // Another Vigil already runs; it receives 'second-instance' and comes to the front.
  app.quit();
} else {
  // Both must happen before ready: sandbox every renderer, and give app:// a real, secure origin.
  app.enableSandbox();
  registerAppScheme();

  let window: BrowserWindow | null = null;
  let runtime: Runtime | null = null;
  const getWindow = (): BrowserWindow | null => window;

  app.on('second-instance', () => {
    if (window !== null) revealWindow(window);
  });
  app.on('web-contents-created', (_event, contents) => {
    lockDownWebContents(contents);
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  app.on('will-quit', () => {
    runtime?.close();
    runtime = null;
  });

  const start = (): void => {
    // VIGIL_DATA_DIR is honoured as by the command line and `vigil serve`, so all three share a store.
    const storePath = join(process.env.VIGIL_DATA_DIR || app.getPath('userData'), STORE_FILE);
    try {
      const nativeBinding = electronNativeBinding(app.getAppPath());
      runtime = createRuntime({
        storePath,
        imports: 'worker',
        emit: createEventForwarder(getWindow),
        ...(nativeBinding === undefined ? {} : { nativeBinding }),
      });
    } catch (err) {
      // openStore refuses a newer or unreadable store without writing to it; say so and stop.
      const language = systemLanguage();
      const t = translator(language);
      const error = describeError(toVigilError(err), language);
      fail(t('cli:desktop.storeTitle'), t('cli:desktop.storeDetail', { error, store: storePath }));
      return;
    }
    serveAppProtocol(join(__dirname, '../renderer'));
    const { db } = runtime;
    // The window's language: the one chosen in Settings, else the system's, read at each dialog.
    const language = (): Language => (db.open ? readSettings(db).language : null) ?? systemLanguage();
    registerIpcHost({ handlers: runtime.handlers, getWindow, language });
    window = createMainWindow({ preloadPath: join(__dirname, '../preload/index.js') });
    window.on('closed', () => {
      window = null;
    });
  };

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      runtime?.close();
      runtime = null;
      const language = systemLanguage();
      fail(translator(language)('cli:desktop.startTitle'), describeError(toVigilError(err), language));
    });
}

/** The operating system's language: the store, which may hold another choice, is not open yet. */
function systemLanguage(): Language {
  return languageOfLocale(app.getLocale());
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  // exit, not quit: nothing is open yet, and a launcher should see that the start failed.
  app.exit(1);
}
