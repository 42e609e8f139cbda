// The Electron entry's wiring, run against the fake electron module and a real store in a temp folder:
// single instance, start-up order, the store refused untouched, and shutdown.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../src/shared/contract';
import { channelFor } from '../../../src/shared/ipcChannels';
import { electron, FakeSession, FakeWebContents, invokeMain, state, trustedEvent } from './fakeElectron';
import { runMain, useMainEntry } from './mainEntry';

const userData = useMainEntry('vigil-main-');

describe('a second instance', () => {
  it('quits at once and sets nothing up', async () => {
    state.singleInstanceLock = false;
    await runMain();
    expect(state.appCalls).toEqual(['quit']);
    expect(state.windows).toEqual([]);
    expect(state.invokeHandlers.size).toBe(0);
    expect(state.privilegedSchemes).toEqual([]);
    expect(existsSync(join(userData(), 'vigil.db'))).toBe(false);
  });
});

describe('the first instance', () => {
  it('sandboxes renderers and registers the app scheme before ready', async () => {
    await runMain();
    expect(state.appCalls.slice(0, 2)).toEqual(['enableSandbox', 'whenReady']);
    expect(state.privilegedSchemes).toHaveLength(1);
  });

  it('opens the store in userData, serves the renderer, wires every operation and opens the window', async () => {
    await runMain();
    expect(state.errorBoxes).toEqual([]);
    expect(existsSync(join(userData(), 'vigil.db'))).toBe(true);
    expect([...state.protocolHandlers.keys()]).toEqual(['app']);
    expect([...state.invokeHandlers.keys()].sort()).toEqual(OPERATION_NAMES.map(channelFor).sort());
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    const preferences = window.options.webPreferences as { preload: string };
    expect(preferences.preload).toMatch(/[/\\]preload[/\\]index\.js$/);
    expect(window.loadedUrl).toBe('app://vigil/index.html');
    const info = await invokeMain(channelFor('store.info'), trustedEvent(window), {});
    expect(info).toMatchObject({ ok: true, value: { path: join(userData(), 'vigil.db'), incidents: 0 } });
  });

  it('uses VIGIL_DATA_DIR when set, as the command line does', async () => {
    const dataDir = join(userData(), 'portable');
    process.env.VIGIL_DATA_DIR = dataDir;
    await runMain();
    expect(existsSync(join(dataDir, 'vigil.db'))).toBe(true);
    expect(existsSync(join(userData(), 'vigil.db'))).toBe(false);
  });

  it('brings its window to the front when a second instance starts', async () => {
    await runMain();
    const window = state.windows[0]!;
    window.minimized = true;
    electron.app.emit('second-instance', {}, [], userData(), {});
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('locks down any other web contents that appears', async () => {
    await runMain();
    const contents = new FakeWebContents(new FakeSession());
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('quits when its window is closed, and closes the store on quit', async () => {
    await runMain();
    const window = state.windows[0]!;
    electron.app.emit('window-all-closed');
    expect(state.appCalls).toContain('quit');
    electron.app.emit('will-quit', { preventDefault: () => undefined });
    const after = await invokeMain(channelFor('store.info'), trustedEvent(window), {});
    expect(after).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('a store that cannot be opened', () => {
  function expectRefusedUntouched(
    file: string,
    before: Buffer,
    titlePattern: RegExp,
    messagePattern: RegExp,
  ): void {
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0]!.title).toMatch(titlePattern);
    expect(state.errorBoxes[0]!.content).toMatch(messagePattern);
    expect(state.errorBoxes[0]!.content).toContain(file);
    expect(state.appCalls).toContain('exit:1');
    expect(state.windows).toEqual([]);
    expect(state.invokeHandlers.size).toBe(0);
    expect(state.protocolHandlers.size).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(userData())).toEqual(['vigil.db']);
  }

  it('is reported, left untouched and ends the app when a newer Vigil wrote it', async () => {
    const file = join(userData(), 'vigil.db');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma('user_version = 9999');
    db.close();
    const before = readFileSync(file);
    await runMain();
    expectRefusedUntouched(file, before, /cannot open its data store/, /newer version of Vigil/);
  });

  it('is reported, left untouched and ends the app when it is not a database', async () => {
    const file = join(userData(), 'vigil.db');
    writeFileSync(file, 'this is not an SQLite database, just text that someone saved here\n'.repeat(200));
    const before = readFileSync(file);
    await runMain();
    expectRefusedUntouched(
      file,
      before,
      /cannot open its data store/,
      /not a readable Vigil store|Cannot open/,
    );
  });
});
