// A stand-in for the `electron` module, which cannot run on the build machines (its binary cannot be
// downloaded). It implements only what the shell uses, and records every registration so the tests can
// assert the security rules and then drive the recorded handlers themselves.
// Tests install it with: vi.mock('electron', async () => (await import('./fakeElectron')).electron)
import { EventEmitter } from 'node:events';

export interface FakeFrame {
  url: string;
  origin: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

/** What a test hands an IPC handler as its event: the parts the sender check reads. */
export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;
type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;
type WindowOpenHandler = (details: { url: string }) => { action: string };
type InvokeHandler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;

let nextFrameId = 1;

export function makeFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  const id = nextFrameId++;
  let origin = 'null';
  try {
    const parsed = new URL(url);
    origin = `${parsed.protocol}//${parsed.host}`;
  } catch {
    // An unparsable URL has an opaque origin, as in Chromium.
  }
  return { url, origin, parent, processId: 100, routingId: id };
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  beforeRequestListener: BeforeRequestListener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener): void => {
      this.beforeRequestListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  mainFrame: FakeFrame;
  destroyed = false;

  constructor(readonly session: FakeSession) {
    super();
    this.mainFrame = makeFrame('about:blank');
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Records the options; answers as the system print dialog would, per state.printOutcome. */
  print(options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    state.printCalls.push(options);
    const { success, failureReason } = state.printOutcome;
    setImmediate(() => {
      callback(success, failureReason);
    });
  }

  /** Records the options and returns a small PDF-looking buffer naming this web contents. */
  printToPDF(options: unknown): Promise<Buffer> {
    state.pdfCalls.push(options);
    return Promise.resolve(Buffer.from(`%PDF-1.7 fake from contents ${String(this.id)}\n%%EOF\n`));
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly calls: string[] = [];
  loadedUrl: string | null = null;
  destroyed = false;
  minimized = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    this.webContents = new FakeWebContents(state.defaultSession);
    state.windows.push(this);
  }

  /** Simulates the page of `url` loading in the main frame (a new frame, as after a navigation). */
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame = makeFrame(url);
    return Promise.resolve();
  }

  show(): void {
    this.calls.push('show');
  }

  focus(): void {
    this.calls.push('focus');
  }

  restore(): void {
    this.calls.push('restore');
    this.minimized = false;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;

  requestSingleInstanceLock(): boolean {
    return state.singleInstanceLock;
  }

  enableSandbox(): void {
    state.appCalls.push('enableSandbox');
  }

  whenReady(): Promise<void> {
    state.appCalls.push('whenReady');
    return Promise.resolve();
  }

  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the fake app knows only userData, not ${name}`);
    return state.userData;
  }

  /** The operating system's locale, as Chromium reports it. */
  getLocale(): string {
    return state.locale;
  }

  /** The app folder: where a packaged or `npm start` app keeps .electron-native/. */
  getAppPath(): string {
    return state.userData;
  }

  quit(): void {
    state.appCalls.push('quit');
  }

  exit(code = 0): void {
    state.appCalls.push(`exit:${String(code)}`);
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  /** When set, invoke rejects with it, as Electron's does when there is no handler. */
  failure: Error | null = null;

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    if (this.failure !== null) return Promise.reject(this.failure);
    return Promise.resolve({ ok: true, value: { echoed: channel } });
  }
}

/** Everything the fake has recorded; cleared by resetFakeElectron(). */
export const state = {
  singleInstanceLock: true,
  userData: '/nonexistent-user-data',
  appCalls: [] as string[],
  locale: 'en-US',
  windows: [] as FakeBrowserWindow[],
  defaultSession: new FakeSession(),
  invokeHandlers: new Map<string, InvokeHandler>(),
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, ProtocolHandler>(),
  errorBoxes: [] as { title: string; content: string }[],
  exposed: [] as { key: string; api: unknown }[],
  printCalls: [] as unknown[],
  printOutcome: { success: true, failureReason: '' },
  pdfCalls: [] as unknown[],
  saveDialogs: [] as { window: unknown; options: unknown }[],
  /** What the next save dialogs answer; a cancel unless a test chooses a path. */
  saveDialogAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
};

const app = new FakeApp();
const ipcRenderer = new FakeIpcRenderer();

export function resetFakeElectron(): void {
  state.singleInstanceLock = true;
  state.userData = '/nonexistent-user-data';
  state.appCalls.length = 0;
  state.locale = 'en-US';
  state.windows.length = 0;
  state.defaultSession = new FakeSession();
  state.invokeHandlers.clear();
  state.privilegedSchemes.length = 0;
  state.protocolHandlers.clear();
  state.errorBoxes.length = 0;
  state.exposed.length = 0;
  state.printCalls.length = 0;
  state.printOutcome = { success: true, failureReason: '' };
  state.pdfCalls.length = 0;
  state.saveDialogs.length = 0;
  state.saveDialogAnswer = { canceled: true, filePath: '' };
  app.removeAllListeners();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invocations.length = 0;
  ipcRenderer.failure = null;
}

/** The module object that replaces `electron`. */
export const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  session: {
    get defaultSession(): FakeSession {
      return state.defaultSession;
    },
  },
  ipcMain: {
    handle(channel: string, handler: InvokeHandler): void {
      // As Electron does: a second handler for one channel is a programming error.
      if (state.invokeHandlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      state.invokeHandlers.set(channel, handler);
    },
    removeHandler(channel: string): void {
      state.invokeHandlers.delete(channel);
    },
  },
  ipcRenderer,
  contextBridge: {
    exposeInMainWorld(key: string, api: unknown): void {
      state.exposed.push({ key, api });
    },
  },
  webUtils: {
    getPathForFile(file: { name: string }): string {
      return `/picked/${file.name}`;
    },
  },
  protocol: {
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      state.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler): void {
      state.protocolHandlers.set(scheme, handler);
    },
  },
  dialog: {
    showErrorBox(title: string, content: string): void {
      state.errorBoxes.push({ title, content });
    },
    showSaveDialog(window: unknown, options: unknown): Promise<{ canceled: boolean; filePath: string }> {
      state.saveDialogs.push({ window, options });
      return Promise.resolve({ ...state.saveDialogAnswer });
    },
  },
};

/** Calls a registered invoke handler as Electron would, with the given sender. */
export async function invokeMain(
  channel: string,
  event: FakeInvokeEvent,
  ...args: unknown[]
): Promise<unknown> {
  const handler = state.invokeHandlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  return await handler(event, ...args);
}

/** An IPC event from the window's own main frame: the one sender the host must accept. */
export function trustedEvent(window: FakeBrowserWindow): FakeInvokeEvent {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

/** A minimal navigation event as Electron 45 passes to will-navigate / will-redirect. */
export function navigationEvent(url: string): {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
} {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}
