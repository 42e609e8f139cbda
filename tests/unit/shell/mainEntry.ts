// Running the Electron entry (src/main/index.ts) against the fake `electron` module, each test with a
// fresh userData folder and no VIGIL_DATA_DIR from the machine running the tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { electron, resetFakeElectron, state } from './fakeElectron';

/** Runs src/main/index.ts afresh, as Electron would run the bundle, and lets app.whenReady settle. */
export async function runMain(): Promise<void> {
  vi.resetModules();
  // doMock (not hoisted) so the entry sees this file's instance of the fake and its recorded state.
  vi.doMock('electron', () => electron);
  await import('../../../src/main/index');
  await new Promise((resolve) => setImmediate(resolve));
}

/** Registers the set-up and tear-down of each test; returns the current test's userData folder. */
export function useMainEntry(prefix: string): () => string {
  let userData = '';
  let savedDataDir: string | undefined;
  beforeEach(() => {
    resetFakeElectron();
    userData = mkdtempSync(join(tmpdir(), prefix));
    state.userData = userData;
    savedDataDir = process.env.VIGIL_DATA_DIR;
    delete process.env.VIGIL_DATA_DIR;
  });
  afterEach(() => {
    // Closes the store if a test left the app running.
    electron.app.emit('will-quit', { preventDefault: () => undefined });
    if (savedDataDir === undefined) delete process.env.VIGIL_DATA_DIR;
    else process.env.VIGIL_DATA_DIR = savedDataDir;
    rmSync(userData, { recursive: true, force: true });
  });
  return () => userData;
}
