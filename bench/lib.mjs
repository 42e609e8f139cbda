// What the benchmarks share: the median, the sqlite3 shell's own timer, and a generated store kept
// between runs (a million incidents take a minute or more to generate and import).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = join(import.meta.dirname, '..');
export const CLI = join(ROOT, 'out', 'main', 'cli.js');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'vigil-bench');

/** The flags every benchmark gives Debian's Chromium (DESIGN.md §5). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The sqlite3 shell's own timer for one statement on `store`, in ms (its process start-up not counted). */
export function shellMs(store, sql) {
  const out = execFileSync('sqlite3', [store], { input: `.timer on\n${sql}\n`, encoding: 'utf8' });
  const match = /Run Time: real ([\d.]+)/.exec(out);
  if (!match) throw new Error(`no timing in sqlite3 output: ${out.slice(0, 200)}`);
  return Number(match[1]) * 1000;
}

/**
 * A store of `rows` incidents from `vigil sample`, imported by the command line, kept in the cache
 * folder under `name` for the next run; built again when missing or when `fresh`. Its WAL is folded
 * into the database, so the sqlite3 shell reads the same file the service does.
 */
export function sampleStore(name, rows, fresh = false) {
  const store = join(CACHE_DIR, `${name}-${String(rows)}.db`);
  if (!fresh && existsSync(store)) return store;
  mkdirSync(CACHE_DIR, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), `vigil-bench-${name}-`));
  try {
    const csv = join(dir, 'export.csv');
    const db = join(dir, 'vigil.db');
    console.log(`generating and importing ${String(rows)} incidents (kept for the next run)…`);
    execFileSync(process.execPath, [CLI, 'sample', '--rows', String(rows), '--out', csv], {
      stdio: 'ignore',
    });
    execFileSync(process.execPath, [CLI, 'import', csv, '--db', db], { stdio: 'ignore' });
    execFileSync('sqlite3', [db], { input: 'PRAGMA wal_checkpoint(TRUNCATE);\n' });
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${store}${suffix}`, { force: true });
    renameSync(db, store);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return store;
}

/**
 * `vigil serve` on a store: the address it prints (with its token), the token, `call` for one
 * operation (its value, or an error naming the operation), and `stop`.
 */
export async function serveStore(store) {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', store, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = new URL(
    await new Promise((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => {
        reject(new Error(`vigil serve exited with ${String(code)} before printing its address`));
      });
    }),
  );
  const token = url.searchParams.get('token');
  const call = async (name, input) => {
    const response = await fetch(new URL(`/api/call/${name}`, url.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vigil-token': token },
      body: JSON.stringify(input),
    });
    const result = await response.json();
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  return { url, token, call, stop: () => child.kill('SIGTERM') };
}
