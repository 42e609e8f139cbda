// The incident table's reads at scale: first pages for every sort (both directions) with and without a
// single-facet filter, all facets, full-text search (English and Chinese) and a scrollbar jump to row
// 900,000, called through `vigil serve` (the service and dispatch layer a window uses) on a store of N
// generated incidents. Beside each figure, the baseline: the sqlite3 shell running the nearest plain SQL
// (the same ORDER BY ... LIMIT, GROUP BY counts, LIKE for the search, OFFSET for the jump) on the same
// file in the same run. The store (the sample widened with the columns it leaves out: widenSample.mjs)
// is built once per row count and kept in the temp folder.
// Usage: npm run bench:query [-- --rows N --runs N]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { serveStore } from './lib.mjs';
import { widenSample } from './widenSample.mjs';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '7' } },
});
const rows = Number(values.rows);
const runs = Math.max(7, Number(values.runs));
const cli = join(import.meta.dirname, '..', 'out', 'main', 'cli.js');
// The sample widened with the six columns it leaves out, so every sort of the table has values to order.
const cache = join(tmpdir(), 'vigil-bench-query', `sample-wide-${String(rows)}`);
const store = join(cache, 'vigil.db');
const LIMIT = 100;

const SORT_SQL = {
  occurredAt: ['occurred_at', 'id'],
  severity: ['severity_rank', 'occurred_at', 'id'],
  category: ['category', 'occurred_at', 'id'],
  status: ['status', 'occurred_at', 'id'],
  source: ['source', 'occurred_at', 'id'],
  region: ['region', 'occurred_at', 'id'],
  sector: ['sector', 'occurred_at', 'id'],
  title: ['title', 'id'],
  asset: ['asset', 'id'],
  attackerIp: ['attacker_ip', 'id'],
  externalId: ['external_id_sort', 'id'],
  reportedAt: ['reported_at_sort', 'id'],
  detectedAt: ['detected_at_sort', 'id'],
  country: ['country', 'occurred_at', 'id'],
  reporter: ['reporter', 'occurred_at', 'id'],
  assetIp: ['asset_ip', 'id'],
  victimOrg: ['victim_org', 'id'],
  tags: ['tags', 'id'],
  id: ['id'],
};
const FACET_SQL = {
  category: ['categories', 'category'],
  severity: ['severities', 'severity'],
  status: ['statuses', 'status'],
  source: ['sources', 'source'],
  region: ['regions', 'region'],
  sector: ['sectors', 'sector'],
  year: ['years', 'substr(occurred_at, 1, 4)'],
  tag: ['tags', null],
};

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;
const quote = (v) => (typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`);

/** Each query's copies in one statement: the shell's timer counts milliseconds, most queries take less. */
const REPEAT = 10;

/**
 * The sqlite3 shell's own timer (start-up not counted) for each query, in ms: the median over `runs` of
 * one statement that runs the query `repeat` times (UNION ALL of copies), divided by `repeat`.
 */
function shellMedians(queries, repeat = REPEAT) {
  const script = ['.timer on', '.output /dev/null'];
  for (const sql of queries) {
    const copies = Array.from({ length: repeat }, () => `SELECT * FROM (${sql})`).join(' UNION ALL ');
    for (let i = 0; i < runs; i++) script.push(`${copies};`);
  }
  const out = execFileSync('sqlite3', [store], { input: `${script.join('\n')}\n`, encoding: 'utf8' });
  const times = [...out.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => (Number(m[1]) * 1000) / repeat);
  if (times.length !== queries.length * runs) throw new Error(`sqlite3 printed ${times.length} timings`);
  return queries.map((_, q) => median(times.slice(q * runs, (q + 1) * runs)));
}

async function buildStore() {
  if (existsSync(store)) return 'reused';
  mkdirSync(cache, { recursive: true });
  const csv = join(cache, 'export.csv');
  const wide = join(cache, 'export-wide.csv');
  execFileSync(process.execPath, [cli, 'sample', '--rows', String(rows), '--out', csv], { stdio: 'ignore' });
  await widenSample(csv, wide);
  execFileSync(process.execPath, [cli, 'import', wide, '--db', store], { stdio: 'ignore' });
  rmSync(csv);
  rmSync(wide);
  return 'built';
}

const server = { child: null };
try {
  const how = await buildStore();
  server.child = spawn(process.execPath, [cli, 'serve', '--db', store, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new URL(
    await new Promise((resolve) => createInterface({ input: server.child.stdout }).once('line', resolve)),
  );
  const token = url.searchParams.get('token');
  const call = async (name, input, attempt = 1) => {
    const response = await fetch(new URL(`/api/call/${name}`, url.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vigil-token': token },
      body: JSON.stringify(input),
    }).catch((err) => {
      // Kept-alive connections the server closed while the sqlite3 shell ran (idle over 5 s): ask again.
      if (attempt < 5) return null;
      throw err;
    });
    if (response === null) return call(name, input, attempt + 1);
    const result = await response.json();
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  const timed = async (name, input) => {
    await call(name, input); // warm: the page cache, as an open window would be, and the connection
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await call(name, input);
      times.push(performance.now() - start);
    }
    return median(times);
  };

  const all = await call('incidents.facets', { filter: {}, limit: 500 });
  console.log(
    `store: ${all.total} incidents from ${rows} generated rows (${how}: ${store}); median of ${runs} runs`,
  );
  console.log('figure                                                        vigil serve   sqlite3 shell');
  const report = (label, vigil, baseline) =>
    console.log(`${label.padEnd(60)} ${ms(vigil)}  ${baseline === null ? '' : ms(baseline)}`);

  // First page of every sort, both directions, no filter.
  const sorts = Object.keys(SORT_SQL);
  const order = (sort, dir) => SORT_SQL[sort].map((k) => `${k} ${dir}`).join(', ');
  const unfiltered = [];
  for (const sort of sorts)
    for (const dir of ['asc', 'desc'])
      unfiltered.push([sort, dir, await timed('incidents.list', { sort, dir, limit: LIMIT })]);
  const unfilteredBase = shellMedians(
    unfiltered.map(([sort, dir]) => `SELECT * FROM incidents ORDER BY ${order(sort, dir)} LIMIT ${LIMIT}`),
  );
  unfiltered.forEach(([sort, dir, t], i) => report(`first page, sort ${sort} ${dir}`, t, unfilteredBase[i]));

  // Every sort and direction under each single-facet filter: its largest and its smallest value.
  const filters = [];
  for (const [facet, [key, column]] of Object.entries(FACET_SQL)) {
    const list = all.facets[facet];
    if (list.length === 0) continue;
    for (const entry of new Set([list[0], list.at(-1)])) {
      const value = facet === 'year' ? Number(entry.value) : entry.value;
      const where = column === null ? null : `${column} = ${quote(entry.value)}`;
      filters.push({
        label: `${facet}=${entry.value || "''"} (${entry.count})`,
        filter: { [key]: [value] },
        where,
      });
    }
  }
  for (const f of filters) {
    const results = [];
    for (const sort of sorts)
      for (const dir of ['asc', 'desc'])
        results.push([
          sort,
          dir,
          await timed('incidents.list', { filter: f.filter, sort, dir, limit: LIMIT }),
        ]);
    const worst = results.reduce((a, b) => (b[2] > a[2] ? b : a));
    const [base] =
      f.where === null
        ? [null]
        : shellMedians([
            `SELECT * FROM incidents WHERE ${f.where} ORDER BY ${order(worst[0], worst[1])} LIMIT ${LIMIT}`,
          ]);
    report(
      `${f.label}: slowest of ${String(results.length)} sorts (${worst[0]} ${worst[1]})`,
      worst[2],
      base,
    );
    report(`${f.label}: median of ${String(results.length)} sorts`, median(results.map((r) => r[2])), null);
  }

  // Facets.
  const category = all.facets.category[0].value;
  const facetBase = (where) =>
    Object.values(FACET_SQL)
      .filter(([, column]) => column !== null)
      .map(
        ([, column]) =>
          `SELECT ${column}, count(*) FROM incidents ${where} GROUP BY 1 ORDER BY 2 DESC LIMIT 50`,
      );
  const noFilterBase = shellMedians(facetBase(''), 1).reduce((a, b) => a + b, 0);
  const categoryBase = shellMedians(facetBase(`WHERE category = ${quote(category)}`), 1).reduce(
    (a, b) => a + b,
    0,
  );
  report(
    'all facets, no filter (baseline: 7 GROUP BY)',
    await timed('incidents.facets', { filter: {} }),
    noFilterBase,
  );
  report(
    `all facets, category=${category}`,
    await timed('incidents.facets', { filter: { categories: [category] } }),
    categoryBase,
  );

  // Full-text search, first page, newest first; the shell has no app tokenizer: LIKE over the text.
  for (const word of ['backdoor', '网站']) {
    const [base] = shellMedians([
      `SELECT * FROM incidents WHERE title LIKE '%${word}%' OR description LIKE '%${word}%' OR asset LIKE '%${word}%' ORDER BY occurred_at DESC, id DESC LIMIT ${LIMIT}`,
    ]);
    const page = await call('incidents.list', { filter: { q: word }, limit: LIMIT });
    report(
      `search "${word}" (${page.total} matches), first page`,
      await timed('incidents.list', { filter: { q: word }, limit: LIMIT }),
      base,
    );
  }

  // Scrollbar jump to row 900,000: the first jump of each sort finds its anchors; later jumps reuse them.
  // A first jump happens once per sort and server, so each round starts a server of its own (its
  // anchors are empty) and the figure per sort is the median over the rounds.
  const offset = Math.min(900_000, all.total - LIMIT);
  const rounds = [];
  for (let round = 0; round < 3; round++) {
    const fresh = await serveStore(store);
    try {
      await fresh.call('incidents.list', { limit: LIMIT });
      const times = [];
      for (const sort of sorts) {
        const start = performance.now();
        await fresh.call('incidents.list', { sort, dir: 'desc', limit: LIMIT, offset });
        times.push(performance.now() - start);
      }
      rounds.push(times);
    } finally {
      fresh.stop();
    }
  }
  const cold = sorts.map((_, i) => median(rounds.map((times) => times[i])));
  const [jumpBase] = shellMedians(
    [`SELECT * FROM incidents ORDER BY occurred_at DESC, id DESC LIMIT ${LIMIT} OFFSET ${offset}`],
    1,
  );
  report(
    `jump to row ${offset}, first jump per sort (median of ${String(cold.length)} sorts, 3 rounds)`,
    median(cold),
    jumpBase,
  );
  const slowest = cold.indexOf(Math.max(...cold));
  report(
    `jump to row ${offset}, first jump per sort (slowest of ${String(cold.length)}: ${sorts[slowest]})`,
    cold[slowest],
    null,
  );
  report(
    `jump to row ${offset}, sort occurredAt desc, anchors kept`,
    await timed('incidents.list', { sort: 'occurredAt', dir: 'desc', limit: LIMIT, offset }),
    jumpBase,
  );
} finally {
  server.child?.kill('SIGTERM');
}
