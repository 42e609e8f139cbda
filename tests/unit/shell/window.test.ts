// The window's security rules (DESIGN.md §4), asserted on what the shell hands Electron.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, revealWindow } from '../../../src/main/window/createMainWindow';
import { registerAppScheme } from '../../../src/main/window/appProtocol';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../src/main/window/csp';
import { isAppUrl } from '../../../src/main/window/appOrigin';
import { lockDownWebContents } from '../../../src/main/window/lockdown';
import { navigationEvent, resetFakeElectron, state, type FakeBrowserWindow } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

function openWindow(): FakeBrowserWindow {
  createMainWindow({ preloadPath: '/app/out/preload/index.js' });
  expect(state.windows).toHaveLength(1);
  return state.windows[0]!;
}

beforeEach(() => {
  resetFakeElectron();
});

describe('the main window', () => {
  it('is created with exactly the locked-down webPreferences', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toStrictEqual({
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
      preload: '/app/out/preload/index.js',
    });
  });

  it('writes its webPreferences literally in the BrowserWindow call', () => {
    // A static check as electronegativity makes it: the options must not be assembled elsewhere.
    const source = readFileSync(join(__dirname, '../../../src/main/window/createMainWindow.ts'), 'utf8');
    const call = /new BrowserWindow\(\{[\s\S]*?webPreferences: \{([\s\S]*?)\}/.exec(source);
    expect(call).not.toBeNull();
    for (const rule of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webSecurity: true',
      'webviewTag: false',
      "disableBlinkFeatures: 'Auxclick'",
    ]) {
      expect(call![1]).toContain(rule);
    }
  });

  it('loads the renderer from the app origin and shows only once ready', () => {
    const window = openWindow();
    expect(window.loadedUrl).toBe('app://vigil/index.html');
    expect(window.options.show).toBe(false);
    expect(window.calls).toEqual([]);
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['show']);
  });

  it('comes to the front when revealed, restoring it if minimised', () => {
    const window = openWindow();
    window.minimized = true;
    // Cast: the fake implements the part of BrowserWindow that revealWindow uses.
    revealWindow(window as unknown as BrowserWindow);
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });
});

describe('navigation and window lock-down', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://evil/',
    'javascript:alert(1)',
  ])('prevents navigating or redirecting to %s', (url) => {
    const { webContents } = openWindow();
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = navigationEvent(url);
      webContents.emit(name, event, url);
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it('lets the page move within its own origin', () => {
    const { webContents } = openWindow();
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = navigationEvent('app://vigil/index.html#/imports');
      webContents.emit(name, event, event.url);
      expect(event.defaultPrevented, name).toBe(false);
    }
  });

  it('denies every window.open', () => {
    const { webContents } = openWindow();
    expect(webContents.windowOpenHandler).not.toBeNull();
    expect(webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler!({ url: 'app://vigil/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const { webContents } = openWindow();
    const event = navigationEvent('');
    webContents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('adds its listeners once, however often a contents is locked down', () => {
    const { webContents } = openWindow();
    // Cast: the fake implements the part of WebContents that the lock-down uses.
    lockDownWebContents(webContents as unknown as WebContents);
    expect(webContents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('session lock-down', () => {
  it('denies every permission request and check', () => {
    openWindow();
    const session = state.defaultSession;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'unknown',
    ]) {
      const callback = vi.fn();
      session.permissionRequestHandler!(null, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler!(null, permission, 'app://vigil')).toBe(false);
    }
  });

  it.each([
    ['https://example.com/', true],
    ['http://localhost:5173/', true],
    ['file:///etc/passwd', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['ws://127.0.0.1:1/', true],
    ['app://vigil.example.com/index.html', true],
    ['app://evil@vigil/', true],
    ['app://vigil@evil/', true],
    ['app://vigil/index.html', false],
    ['app://vigil/assets/index.js', false],
  ])('webRequest: %s cancelled=%s', (url, cancelled) => {
    openWindow();
    const callback = vi.fn();
    state.defaultSession.beforeRequestListener!({ url }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel: cancelled });
  });
});

describe('the app origin', () => {
  it('is a standard, secure scheme that may use fetch', () => {
    registerAppScheme();
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('accepts only app://vigil URLs', () => {
    expect(isAppUrl('app://vigil/')).toBe(true);
    expect(isAppUrl('app://vigil:80/')).toBe(false);
    expect(isAppUrl('app://user:pass@vigil/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('the content security policy', () => {
  it('allows only the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*|https?:/);
  });
});

describe('the shell source', () => {
  it('never opens anything outside the app', () => {
    const root = join(__dirname, '../../../src');
    const files = [
      'main/index.ts',
      ...listFiles(root, 'main/window'),
      ...listFiles(root, 'main/ipc'),
      ...listFiles(root, 'preload'),
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(
        /openExternal|openPath|\bshell\b\s*[,}]/,
      );
    }
  });
});

function listFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    return statSync(join(root, path)).isDirectory() ? listFiles(root, path) : [path];
  });
}
