// Load while importing: a generated export of N rows is uploaded to `vigil serve` and imported, and
// meanwhile C clients on loopback page, filter, search and read the dashboard for S seconds (each
// client bounded in requests too). Printed: requests, failures, median and 99th-percentile latency,
// beside a baseline measured in the same run (the same clients on the same store before the import),
// and the check that no row was lost or doubled: the served store ends with exactly the incidents a
// control import of the same file into a copy of the same store gives, and `vigil check` passes.
// Usage: npm run bench:load [-- --rows 1000000 --seconds 60 --clients 10 --json]
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '10' },
    'max-requests': { type: 'string', default: '100000' },
    'seed-rows': { type: 'string', default: '20000' },
    json: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const maxRequests = Number(values['max-requests']);
const cli = join(import.meta.dirname, '..', 'out', 'main', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'vigil-load-'));
const say = values.json ? () => undefined : (line) => console.log(line);

function vigil(...args) {
  return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function serve(store) {
  const child = spawn(process.execPath, [cli, 'serve', '--db', store, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      const url = new URL(line);
      resolve({
        child,
        origin: url.origin,
        token: url.searchParams.get('token') ?? '',
        stderr: () => stderr,
      });
    });
    child.once('exit', (code) => reject(new Error(`vigil serve exited with ${String(code)}: ${stderr}`)));
  });
}

async function call(server, name, input) {
  const response = await fetch(`${server.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Vigil-Token': server.token },
    body: JSON.stringify(input),
  });
  const result = await response.json();
  if (response.status !== 200 || !result.ok) {
    throw new Error(`${name}: ${String(response.status)} ${JSON.stringify(result.error ?? result)}`);
  }
  return result.value;
}

function upload(server, file, name) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.origin}/api/upload?name=${encodeURIComponent(name)}`,
      { method: 'POST', headers: { 'X-Vigil-Token': server.token, 'Content-Length': statSync(file).size } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk.toString()));
        res.on('end', () => {
          const result = JSON.parse(body);
          if (result.ok) resolve(result.value);
          else reject(new Error(`upload: ${JSON.stringify(result.error)}`));
        });
      },
    );
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
}

/** What an analyst's window asks for, in turn: pages, filters, a search, the dashboard's panels. */
function requestsFor(period) {
  const { from, to } = period;
  return [
    () => ['incidents.list', { limit: 100 }],
    () => ['incidents.list', { limit: 100, offset: Math.floor(Math.random() * 10_000) }],
    () => ['incidents.list', { filter: { categories: ['phishing'] }, limit: 100 }],
    () => ['incidents.list', { filter: { q: 'bank' }, limit: 100 }],
    () => ['incidents.list', { filter: { severities: ['high'], from, to }, sort: 'title', dir: 'asc' }],
    () => ['incidents.facets', { filter: { categories: ['malware'] } }],
    () => ['stats.headline', { from, to }],
    () => ['stats.trend', { from, to, granularity: 'month', by: 'category' }],
    () => ['stats.breakdown', { from, to, by: 'region' }],
    () => ['stats.top', { from, to, by: 'asset' }],
  ];
}

/** C clients, each asking one request after another until the deadline or its share of the bound. */
async function load(server, period, until) {
  const kinds = requestsFor(period);
  const latencies = [];
  const failures = [];
  const perClient = Math.ceil(maxRequests / clients);
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient && Date.now() < until(); i++) {
        const [name, input] = kinds[(c + i) % kinds.length]();
        const started = performance.now();
        try {
          await call(server, name, input);
          latencies.push(performance.now() - started);
        } catch (err) {
          failures.push(err instanceof Error ? err.message : String(err));
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length + failures.length,
    failed: failures.length,
    failures: failures.slice(0, 5),
    medianMs: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

async function waitForImport(server, count) {
  for (;;) {
    const { rows: list } = await call(server, 'imports.list', {});
    const done = list.find((r) => r.id > count && r.finishedAt !== '');
    if (done !== undefined) return done;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function counts(store) {
  const byCategory = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(process.argv[1],{readonly:true});` +
          `console.log(JSON.stringify(d.prepare('SELECT category, count(*) AS n FROM incidents GROUP BY category ORDER BY category').all()))`,
        store,
      ],
      { encoding: 'utf8', cwd: join(import.meta.dirname, '..') },
    ),
  );
  return { total: byCategory.reduce((sum, r) => sum + r.n, 0), byCategory };
}

const store = join(dir, 'vigil.db');
const control = join(dir, 'control.db');
const seedFile = join(dir, 'seed.csv');
const bigFile = join(dir, 'big.csv');
try {
  say(`generating ${String(rows)} rows and a ${values['seed-rows']}-row seed...`);
  vigil('sample', '--rows', values['seed-rows'], '--seed', '1', '--out', seedFile);
  vigil('sample', '--rows', String(rows), '--seed', '2', '--out', bigFile);
  vigil('import', seedFile, '--db', store);
  // The control: the same file imported into a copy of the same store, with nobody else about.
  vigil('backup', '--db', store, '--out', control);
  const controlStarted = performance.now();
  vigil('import', bigFile, '--db', control);
  const controlSeconds = (performance.now() - controlStarted) / 1000;

  const server = await serve(store);
  const range = await call(server, 'stats.range', {});
  const period = { from: range.first ?? '2016-01-01', to: range.last ?? '2016-12-31' };
  const before = await call(server, 'store.info', {});

  // Baseline: the same clients on the same store, no import running.
  const baselineSeconds = Math.max(3, Math.round(seconds / 4));
  const baselineEnd = Date.now() + baselineSeconds * 1000;
  const baseline = await load(server, period, () => baselineEnd);

  const ref = await upload(server, bigFile, 'big.csv');
  const importStarted = performance.now();
  await call(server, 'import.start', { files: [{ file: ref }] });
  const loadEnd = Date.now() + seconds * 1000;
  const [underImport, finished] = await Promise.all([
    load(server, period, () => loadEnd),
    waitForImport(server, before.imports).then((record) => ({
      record,
      seconds: (performance.now() - importStarted) / 1000,
    })),
  ]);
  const after = await call(server, 'store.info', {});
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));

  const served = counts(store);
  const expected = counts(control);
  let check = 'ok';
  try {
    vigil('check', '--db', store);
  } catch (err) {
    check = `failed: ${String(err.stdout ?? err.message).slice(0, 500)}`;
  }
  const result = {
    rows,
    clients,
    seconds,
    imported: finished.record.imported,
    duplicates: finished.record.duplicates,
    rejected: finished.record.rejected,
    incidentsBefore: before.incidents,
    incidentsAfter: after.incidents,
    controlIncidents: expected.total,
    sameAsControl: JSON.stringify(served.byCategory) === JSON.stringify(expected.byCategory),
    check,
    importSeconds: finished.seconds,
    controlImportSeconds: controlSeconds,
    underImport,
    baseline,
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    const ms = (v) => (v === null ? '—' : `${v.toFixed(1)} ms`);
    say(`import of ${String(rows)} rows through vigil serve: ${finished.seconds.toFixed(1)} s under load`);
    say(`  baseline: the same file by vigil import alone: ${controlSeconds.toFixed(1)} s`);
    say(
      `  ${String(result.imported)} new, ${String(result.duplicates)} duplicates, ${String(result.rejected)} rejected; ` +
        `incidents ${String(before.incidents)} → ${String(after.incidents)}, control ${String(expected.total)}, ` +
        `same per category: ${String(result.sameAsControl)}; vigil check: ${check}`,
    );
    for (const [label, run] of [
      [`${String(clients)} clients during the import (${String(seconds)} s)`, underImport],
      [`baseline: ${String(clients)} clients, no import (${String(baselineSeconds)} s)`, baseline],
    ]) {
      say(
        `${label}: ${String(run.requests)} requests, ${String(run.failed)} failed, ` +
          `median ${ms(run.medianMs)}, p99 ${ms(run.p99Ms)}`,
      );
      for (const failure of run.failures) say(`  failed: ${failure}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
