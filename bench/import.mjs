// Import throughput and memory: `vigil import` of a generated export (`vigil sample`: ten columns,
// quoted multi-line descriptions, 2% duplicates, 0.1% broken rows) beside the baseline of the same file
// loaded by the sqlite3 shell's `.import` into a bare table, both measured in this run on this machine.
// A second baseline adds what the shell takes to build the same indexes and a full-text index of the same
// text over the imported rows: the floor of the indexing work alone, whatever does the parsing.
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

/**
 * What the sqlite3 shell takes for the indexing part of an import (one run): the rows of a Vigil store
 * copied into a bare table (generated columns as plain ones), then the store's own indexes built on
 * it (with two sorter threads, as Vigil's import) and a full-text index of the same four texts
 * (unicode61, without Vigil's splitting of Chinese text into characters).
 */
function indexingBaseline(store) {
  const copy = join(dir, 'indexing.db');
  const read = (sql) => execFileSync('sqlite3', [store, sql], { encoding: 'utf8' });
  const indexes = read(
    "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND sql IS NOT NULL",
  ).trim();
  execFileSync('sqlite3', [copy], {
    input: `ATTACH '${store}' AS s;
      CREATE TABLE incidents AS SELECT id, external_id, source, fingerprint, occurred_at, detected_at, reported_at,
        category, severity, severity_rank, status, title, description, asset, asset_ip, attacker_ip, region, country,
        sector, victim_org, reporter, tags, import_id, external_id_sort, reported_at_sort, detected_at_sort
      FROM s.incidents;\n`,
  });
  const timed = (input) =>
    seconds(() => execFileSync('sqlite3', [copy], { input: `PRAGMA threads = 2;\n${input}\n` }));
  const result = {
    count: indexes.split('\n').length,
    indexes: timed(`BEGIN;\n${indexes}\nCOMMIT;`),
    fts: timed(`CREATE VIRTUAL TABLE f USING fts5(title, description, asset, indicators, content = '',
      columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO f (rowid, title, description, asset, indicators)
        SELECT id, title, description, asset, asset_ip || ' ' || attacker_ip FROM incidents;`),
  };
  rmSync(copy, { force: true });
  return result;
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
    if (run < runs - 1) {
      rmSync(store, { force: true });
      rmSync(`${store}-wal`, { force: true });
    }
  }
  const sameWork = indexingBaseline(join(dir, `vigil-${runs - 1}.db`));
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
  const floor = b + sameWork.indexes + sameWork.fts;
  console.log(
    `second baseline, the shell doing the indexing work too: .import ${b.toFixed(2)} s + the store's ` +
      `${sameWork.count} indexes ${sameWork.indexes.toFixed(2)} s + a full-text index of the same text ` +
      `${sameWork.fts.toFixed(2)} s = ${floor.toFixed(2)} s (${(floor / b).toFixed(2)}x the bare .import); ` +
      `vigil / this: ${(v / floor).toFixed(2)}x`,
  );
  console.log(`peak memory (max RSS) of vigil import: ${Math.max(...peaks).toFixed(0)} MiB (target 300 MiB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
