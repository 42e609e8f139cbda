// `npm start`'s scripts, run as child processes. They cannot run to the end here (Electron's binary and
// headers need the internet), so these check the paths that must work offline: no Electron means a clear
// message and exit 1, and an up-to-date Electron build of better-sqlite3 is reused without building.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const START = join(root, 'scripts', 'start-electron.mjs');
const NATIVE = join(root, 'scripts', 'electron-native.mjs');
const MESSAGE =
  'Electron could not be installed on this machine (no network?). `npm run serve` runs the same workstation in a browser.';

let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vigil-start-'));
});

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The environment without anything that would point Electron's download or binary elsewhere. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_config_electron_|electron_)/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

function runNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function packageVersion(name: string): string {
  return (
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
  ).version;
}

describe('start-electron', () => {
  it('says how to run without Electron, and exits 1, when there is no binary', () => {
    // Electron's own switch for a binary kept elsewhere; an empty folder has none, and nothing downloads.
    const { status, out } = runNode(START, [], cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: scratch }));
    expect(status).toBe(1);
    expect(out).toContain(MESSAGE);
  });

  // With Electron already installed the script would go on to start it; that is not a unit test.
  const installed = existsSync(join(root, 'node_modules', 'electron', 'path.txt'));
  it.skipIf(installed)('says the same when the lazy download fails', () => {
    // A mirror on a closed local port fails at once, with or without internet.
    const { status, out } = runNode(
      START,
      [],
      cleanEnv({ ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: scratch }),
    );
    expect(status).toBe(1);
    expect(out).toContain(MESSAGE);
    expect(existsSync(join(root, 'node_modules', 'electron', 'dist'))).toBe(false);
  });
});

describe('electron-native', () => {
  it('reuses an Electron build stamped for the same versions, without building', () => {
    const addon = join(scratch, 'better_sqlite3.node');
    writeFileSync(addon, 'a previous build');
    const stamp = {
      electron: packageVersion('electron'),
      betterSqlite3: packageVersion('better-sqlite3'),
      platform: process.platform,
      arch: process.arch,
    };
    writeFileSync(join(scratch, 'better_sqlite3.json'), JSON.stringify(stamp));
    const { status, out } = runNode(NATIVE, ['--out', scratch], cleanEnv({}));
    expect(out).toContain('up to date');
    expect(status).toBe(0);
    expect(readFileSync(addon, 'utf8')).toBe('a previous build');
    expect(existsSync(join(scratch, 'work'))).toBe(false);
  });
});
