// Import throughput: `vigil import` of a generated export beside the baseline of the same file loaded
// by the sqlite3 shell's `.import` into a bare table, both measured in this run on this machine.
// Usage: npm run bench:import [-- --rows N]
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '200000' }, runs: { type: 'string', default: '3' } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
const csv = join(dir, 'export.csv');

const categories = ['phishing', 'malware', '网页篡改', 'ddos', 'backdoor', 'Web Shell', 'scanning', '钓鱼'];
const severities = ['low', 'medium', 'high', 'critical'];
const regions = ['Beijing', '上海', 'Guangdong', 'Tianjin', 'Zhejiang'];

async function writeSample() {
  const out = createWriteStream(csv);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write(
    'external_id,occurred_at,category,severity,title,description,asset,attacker_ip,source,region\n',
  );
  let seed = 7;
  const rand = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + rand(730) * 86400000 + rand(86400) * 1000).toISOString();
    const desc =
      i % 10 === 0
        ? `"Reported by sensor ${rand(100)}, ""confirmed""\nsecond line"`
        : `Observed activity ${rand(1000)}`;
    await write(
      `EX-${i},${day},${categories[rand(categories.length)]},${severities[rand(4)]},Incident ${i} 事件,${desc},host${rand(50000)}.example.test,10.${rand(255)}.${rand(255)}.${rand(255)},bench,${regions[rand(regions.length)]}\n`,
    );
  }
  await new Promise((r) => out.end(r));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

await writeSample();
const size = statSync(csv).size;
const baseline = [];
const vigil = [];
for (let run = 0; run < runs; run++) {
  const bare = join(dir, `bare-${run}.db`);
  baseline.push(time(() => execFileSync('sqlite3', [bare, '.mode csv', `.import ${csv} incidents`])));
  const store = join(dir, `vigil-${run}.db`);
  vigil.push(
    time(() => {
      const result = spawnSync(
        process.execPath,
        ['out/main/cli.js', 'import', csv, '--db', store, '--json'],
        { encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(result.stderr);
    }),
  );
}
const b = median(baseline);
const v = median(vigil);
console.log(`file: ${rows} rows, ${(size / 1048576).toFixed(1)} MiB, ten columns; median of ${runs} runs`);
console.log(
  `baseline  sqlite3 .import into a bare table: ${b.toFixed(2)} s (${Math.round(rows / b)} rows/s)`,
);
console.log(
  `vigil import (parse, normalize, dedupe, indexes, aggregates, full-text): ${v.toFixed(2)} s (${Math.round(rows / v)} rows/s)`,
);
console.log(`ratio vigil / baseline: ${(v / b).toFixed(2)}x`);
rmSync(dir, { recursive: true, force: true });
