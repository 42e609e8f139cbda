#!/usr/bin/env node
// `npm start` (after `electron-vite build`): finds or installs the Electron binary, makes sure the
// store's native addon is built for Electron, and runs the built app in it. Electron's binary is
// downloaded on first use, which fails on machines without internet; then this says so and points to
// the browser mode, which needs no Electron at all.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const NO_ELECTRON =
  'Electron could not be installed on this machine (no network?). `npm run serve` runs the same workstation in a browser.';

/**
 * The path of a runnable Electron binary, or null. node_modules/electron/install.js downloads the
 * binary into node_modules/electron/dist (it exits at once when the right version is already there);
 * the package's main module then exports the binary's path. ELECTRON_OVERRIDE_DIST_PATH, Electron's own
 * switch for a binary kept elsewhere, skips the download.
 */
function findElectron() {
  try {
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      const install = spawnSync(process.execPath, [require.resolve('electron/install.js')], {
        stdio: 'inherit',
      });
      if (install.status !== 0) return null;
    }
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    // index.js throws when it had to download and could not.
    return null;
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const electronPath = findElectron();
if (electronPath === null) fail(NO_ELECTRON);

if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  fail('The app is not built: run `npm start`, which builds it first, or `npm run build`.');
}

try {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  ensureElectronNative({ electronVersion, electronPath });
} catch (err) {
  fail(
    `${err instanceof Error ? err.message : String(err)}\n\`npm run serve\` runs the same workstation in a browser.`,
  );
}

// A variable inherited from a shell would make Electron behave as plain Node and never open a window.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
// The working folder is the project root: the store finds .electron-native/ there.
const child = spawn(electronPath, [root], { cwd: root, env, stdio: 'inherit', windowsHide: false });
let closed = false;
child.on('close', (code, signal) => {
  closed = true;
  if (code === null) {
    console.error(`Electron exited with signal ${signal}`);
    process.exit(1);
  }
  process.exit(code);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!closed) child.kill(signal);
  });
}
