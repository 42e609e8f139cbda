// Import throughput and memory: `vigil import` of a generated export (`vigil sample`: ten columns,
// quoted multi-line descriptions, 2% duplicates, 0.1% broken rows) beside the baseline of the same file
// loaded by the sqlite3 shell's `.import` into a bare table, both measured in this run on this machine.
// Peak memory (maximum resident set) of the importing process comes from GNU time.
// Usage: npm run bench:import [-- --rows N --runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const cli = join(import.meta.dirname, '..', 'out', 'main', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
const csv = join(dir, 'export.csv');

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function seconds(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

try {
  execFileSync(process.execPath, [cli, 'sample', '--rows', String(rows), '--out', csv], { stdio: 'ignore' });
  const size = statSync(csv).size;
  const baseline = [];
  const vigil = [];
  const peaks = [];
  for (let run = 0; run < runs; run++) {
    const bare = join(dir, `bare-${run}.db`);
    baseline.push(seconds(() => execFileSync('sqlite3', [bare, '.mode csv', `.import ${csv} incidents`])));
    const store = join(dir, `vigil-${run}.db`);
    vigil.push(
      seconds(() => {
        const result = spawnSync(
          '/usr/bin/time',
          ['-f', 'maxrss_kib=%M', process.execPath, cli, 'import', csv, '--db', store, '--json'],
          { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        );
        if (result.status !== 0) throw new Error(result.stderr);
        peaks.push(Number(/maxrss_kib=(\d+)/.exec(result.stderr)?.[1] ?? 'NaN') / 1024);
      }),
    );
    rmSync(bare, { force: true });
    rmSync(store, { force: true });
    rmSync(`${store}-wal`, { force: true });
  }
  const b = median(baseline);
  const v = median(vigil);
  console.log(
    `file: ${rows} rows, ${(size / 1048576).toFixed(1)} MiB (vigil sample); median of ${runs} runs`,
  );
  console.log(
    `baseline  sqlite3 .import into a bare table: ${b.toFixed(2)} s (${Math.round(rows / b)} rows/s)`,
  );
  console.log(
    `vigil import (sniff, parse, map, validate, dedupe, insert, indexes, full-text, aggregates): ${v.toFixed(2)} s (${Math.round(rows / v)} rows/s)`,
  );
  console.log(`ratio vigil / baseline: ${(v / b).toFixed(2)}x (target 2.0x)`);
  console.log(`peak memory (max RSS) of vigil import: ${Math.max(...peaks).toFixed(0)} MiB (target 300 MiB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
