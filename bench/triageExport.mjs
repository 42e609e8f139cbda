// Triage over every incident (Ctrl+A), its undo, and an export of the whole store, each beside a
// baseline measured in this run on the same store: the sqlite3 shell running the bare UPDATE (same
// schema, so the same aggregate triggers fire) and writing the table as CSV. Vigil's triage and undo
// go through `vigil serve` (the worker thread the window uses); the export through `vigil export`,
// whose peak memory comes from GNU time.
// Usage: npx electron-vite build && node bench/triageExport.mjs [--rows N]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' } } });
const rows = Number(values.rows);
const cli = join(import.meta.dirname, '..', 'out', 'main', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-triage-'));
const store = join(dir, 'vigil.db');
const copy = join(dir, 'baseline.db');

async function seconds(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const sqlite = (db, ...sql) =>
  execFileSync('sqlite3', ['-cmd', '.timeout 10000', db, ...sql], { maxBuffer: 1 << 30 });
const line = (label, s, n) => `${label}: ${s.toFixed(2)} s (${Math.round(n / s)} rows/s)`;

async function served(fn) {
  const child = spawn(process.execPath, [cli, 'serve', '--db', store, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new URL(
    await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve)),
  );
  const call = async (name, input) => {
    const reply = await fetch(`${url.origin}/api/call/${name}`, {
      method: 'POST',
      headers: { 'x-vigil-token': url.searchParams.get('token'), 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = await reply.json();
    if (!body.ok) throw new Error(body.error.message);
    return body.value;
  };
  try {
    return await fn(call);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

try {
  const csv = join(dir, 'sample.csv');
  execFileSync(process.execPath, [cli, 'sample', '--rows', String(rows), '--out', csv, '--seed', '1']);
  execFileSync(process.execPath, [cli, 'import', csv, '--db', store], { stdio: 'ignore' });
  const n = Number(sqlite(store, 'SELECT count(*) FROM incidents').toString());
  sqlite(store, `VACUUM INTO '${copy}'`);
  // The copy journals as the store does, so the baseline pays for the same kind of commit.
  sqlite(copy, 'PRAGMA journal_mode = WAL');
  console.log(`store: ${n} incidents (vigil sample of ${rows} rows)`);

  const bare = await seconds(() =>
    sqlite(copy, "UPDATE incidents SET status = 'resolved' WHERE status <> 'resolved'"),
  );
  const bareBack = await seconds(() => sqlite(copy, "UPDATE incidents SET status = 'new'"));
  let batch = 0;
  let changed = 0;
  let reverted = 0;
  const [triage, undo] = await served(async (call) => [
    await seconds(async () => {
      ({ batchId: batch, changed } = await call('incidents.update', {
        target: { filter: {} },
        edit: { status: 'resolved' },
      }));
    }),
    await seconds(async () => {
      ({ reverted } = await call('changes.undo', { batchId: batch }));
    }),
  ]);
  console.log(line('baseline  sqlite3 UPDATE status on every row (same triggers)', bare, n));
  console.log(line(`vigil triage of every incident (${changed} changed, recorded, worker)`, triage, changed));
  console.log(`ratio triage / baseline: ${(triage / bare).toFixed(2)}x`);
  console.log(line('baseline  sqlite3 UPDATE status back on every row', bareBack, n));
  console.log(line(`vigil undo of that batch (${reverted} reverted)`, undo, reverted));
  console.log(`ratio undo / baseline: ${(undo / bareBack).toFixed(2)}x`);

  const shellCsv = join(dir, 'shell.csv');
  const baseExport = await seconds(() =>
    sqlite(store, '-csv', '-header', '.once ' + shellCsv, 'SELECT * FROM incidents ORDER BY id'),
  );
  const out = join(dir, 'vigil.csv');
  let peak = 0;
  const vigilExport = await seconds(() => {
    const result = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'maxrss_kib=%M',
        process.execPath,
        cli,
        'export',
        '--db',
        store,
        '--format',
        'csv',
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    peak = Number(/maxrss_kib=(\d+)/.exec(result.stderr)?.[1] ?? 'NaN') / 1024;
  });
  const mib = (path) => (statSync(path).size / 1048576).toFixed(1);
  console.log(line(`baseline  sqlite3 -csv of the table (${mib(shellCsv)} MiB)`, baseExport, n));
  console.log(
    line(`vigil export --format csv (${mib(out)} MiB, guarded, process start included)`, vigilExport, n),
  );
  console.log(`ratio export / baseline: ${(vigilExport / baseExport).toFixed(2)}x`);
  console.log(`peak memory (max RSS) of vigil export: ${peak.toFixed(0)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
