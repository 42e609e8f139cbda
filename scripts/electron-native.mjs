#!/usr/bin/env node
// Makes better-sqlite3's native addon for Electron's ABI, as .electron-native/better_sqlite3.node, where
// src/main/store/nativeBinding.ts looks for it when the store runs inside Electron.
//
// node_modules/better-sqlite3/build is never touched: it is Node's build, which the tests, the command
// line and `vigil serve` load. The package is copied to a work folder and built there, first by asking
// prebuild-install for the published Electron binary, then, failing that, by compiling it with node-gyp
// against Electron's headers. A build stamped with the same versions is reused.
//
//   node scripts/electron-native.mjs [--out DIR] [--electron PATH]
//     --out       where to put the addon and its stamp (default: .electron-native beside package.json)
//     --electron  an Electron binary to check that the addon loads in it
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rootRequire = createRequire(join(root, 'package.json'));

export const BINDING_FILE = 'better_sqlite3.node';
const STAMP_FILE = 'better_sqlite3.json';
const ELECTRON_HEADERS = 'https://electronjs.org/headers';

/**
 * npm passes its configuration to scripts as npm_config_* variables, and node-gyp and prebuild-install
 * read them with priority over their own command line. This machine's user config sets nodedir=/usr,
 * which would build against Node's headers instead of Electron's; a stray target, runtime or arch would
 * do the same. Everything else (proxy, cafile, python) is passed through.
 */
const OVERRIDING_CONFIG =
  /^(npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|platform|libc|build_from_source|devdir)|npm_package_config_node_gyp_.*)$/i;

function buildEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !OVERRIDING_CONFIG.test(key) && key !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** What a build is for; a build stamped for anything else is made again. */
export function wantedStamp(electronVersion) {
  return {
    electron: electronVersion,
    betterSqlite3: readJson(rootRequire.resolve('better-sqlite3/package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
}

function stampMatches(file, wanted) {
  try {
    const found = readJson(file);
    return Object.keys(wanted).every((key) => found[key] === wanted[key]);
  } catch {
    return false;
  }
}

/** Loads the addon in Electron running as plain Node: the one check that the ABI really matches. */
function loadsInElectron(electronPath, addon) {
  const result = spawnSync(electronPath, ['-e', `require(${JSON.stringify(addon)})`], {
    env: { ...buildEnv(), ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  return { ok: result.status === 0, detail: (result.stderr || result.error?.message || '').trim() };
}

/** node-gyp as npm runs it for install scripts, else a local copy, else the one bundled with npm. */
function findNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(rootRequire.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally; npm's own copy follows
  }
  if (process.env.npm_execpath) {
    candidates.push(
      join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
  }
  const prefix = dirname(process.execPath);
  candidates.push(
    join(prefix, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  candidates.push(join(prefix, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

function display(file) {
  const rel = relative(root, file);
  return rel.startsWith('..') ? file : rel;
}

function run(command, args, cwd, log) {
  log(`> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, env: buildEnv(), stdio: 'inherit' });
  return result.status === 0;
}

/** Copies the package's sources (not Node's build/, which stays untouched) into a work folder. */
function copySources(packageDir, work) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(dirname(work), { recursive: true });
  cpSync(packageDir, work, {
    recursive: true,
    filter: (source) => {
      const rel = relative(packageDir, source);
      return rel !== 'build' && !rel.startsWith(`build${sep}`);
    },
  });
}

/** The published binary for this Electron, as better-sqlite3's own install script would fetch it. */
function fetchPrebuilt(packageDir, work, wanted, log) {
  log(
    `Fetching the published better-sqlite3 ${wanted.betterSqlite3} binary for Electron ${wanted.electron}...`,
  );
  const prebuildInstall = createRequire(join(packageDir, 'package.json')).resolve('prebuild-install/bin.js');
  const args = ['--runtime=electron', `--target=${wanted.electron}`, `--arch=${wanted.arch}`];
  return run(
    process.execPath,
    [prebuildInstall, ...args, `--platform=${wanted.platform}`, '--verbose'],
    work,
    log,
  );
}

/** Compiles the copy against Electron's headers, as @electron/rebuild does. */
function compile(work, wanted, log) {
  log('No published binary; compiling better-sqlite3 against the Electron headers (a minute or two)...');
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) {
    log('node-gyp was not found (it ships with npm).');
    return false;
  }
  const args = [
    'rebuild',
    '--release',
    `--target=${wanted.electron}`,
    `--arch=${wanted.arch}`,
    `--dist-url=${ELECTRON_HEADERS}`,
    '--runtime=electron',
    // Electron's headers in their own folder, never mixed with Node's.
    `--devdir=${join(homedir(), '.electron-gyp')}`,
  ];
  return run(process.execPath, [nodeGyp, ...args], work, log);
}

/**
 * Ensures outDir holds an Electron build of better-sqlite3 for electronVersion; returns its path.
 * Throws an Error with a readable message when it cannot be had.
 */
export function ensureElectronNative({
  electronVersion,
  electronPath,
  outDir = join(root, '.electron-native'),
  log = (line) => console.log(line),
}) {
  const addon = join(outDir, BINDING_FILE);
  const stamp = join(outDir, STAMP_FILE);
  const wanted = wantedStamp(electronVersion);
  if (existsSync(addon) && stampMatches(stamp, wanted)) {
    const check = electronPath ? loadsInElectron(electronPath, addon) : { ok: true };
    if (check.ok) {
      log(`better-sqlite3 for Electron ${electronVersion} is up to date (${display(addon)}).`);
      return addon;
    }
    log(`The Electron build of better-sqlite3 does not load (${check.detail}); building it again.`);
  }

  const packageDir = dirname(rootRequire.resolve('better-sqlite3/package.json'));
  const key = `better-sqlite3-${wanted.betterSqlite3}-electron-${electronVersion}-${wanted.platform}-${wanted.arch}`;
  const work = join(outDir, 'work', key);
  copySources(packageDir, work);
  try {
    const built = join(work, 'build', 'Release', BINDING_FILE);
    const made =
      (fetchPrebuilt(packageDir, work, wanted, log) && existsSync(built)) ||
      (compile(work, wanted, log) && existsSync(built));
    if (!made) {
      throw new Error(
        `better-sqlite3 could not be built for Electron ${electronVersion}: no published binary could be ` +
          `downloaded, and compiling needs ${ELECTRON_HEADERS} and a C++ toolchain. See the output above.`,
      );
    }
    if (electronPath) {
      const check = loadsInElectron(electronPath, built);
      if (!check.ok)
        throw new Error(`The Electron build of better-sqlite3 does not load in Electron: ${check.detail}`);
    }
    // Into place by rename, so Electron never finds a half-copied addon; the stamp comes last.
    mkdirSync(outDir, { recursive: true });
    const partial = `${addon}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, addon);
    writeFileSync(stamp, `${JSON.stringify(wanted, null, 2)}\n`);
  } finally {
    // The copy and its objects are large and needed only once.
    rmSync(work, { recursive: true, force: true });
  }
  log(`Built better-sqlite3 for Electron ${electronVersion}: ${display(addon)}`);
  return addon;
}

function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, electron: { type: 'string' } } });
  const electronVersion = readJson(rootRequire.resolve('electron/package.json')).version;
  try {
    ensureElectronNative({
      electronVersion,
      electronPath: values.electron,
      outDir: values.out ? resolve(values.out) : undefined,
    });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
