// Alert rules: evaluating 50 rules as of one date, and a one-year daily backtest of one rule, called
// through `vigil serve` on a store of N generated incidents, each beside the baseline the issue names:
// the sqlite3 shell's time for the equivalent GROUP BY over the incidents table, measured in the same
// run on the same file. The generated store is kept between runs (node_modules/.cache/vigil-bench/),
// as generating and importing a million rows takes longer than everything measured here.
// Usage: npm run bench:alerts [-- --rows N --runs N --fresh]
import { parseArgs } from 'node:util';
import { median, sampleStore, serveStore, shellMs } from './lib.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '15' },
    fresh: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const asOf = '2016-09-30';
const year = { from: '2015-10-01', to: asOf };

/** 34 rules beside the 16 Vigil ships: thresholds by region, year on year by category, trends. */
function extraRules() {
  const codes = [
    'malware',
    'botnet_c2',
    'defacement',
    'backdoor',
    'phishing',
    'ddos',
    'vulnerability',
    'data_leak',
    'intrusion',
    'scanning',
    'spam',
    'fraud',
    'outage',
    'other',
    'uncategorized',
  ];
  const window = (length) => ({ length, unit: 'days' });
  const rule = (name, categories, dimension, params) => ({
    name,
    enabled: true,
    scope: { categories, dimension },
    params,
  });
  return [
    ...codes.map((c) =>
      rule(
        `bench threshold ${c}`,
        [c],
        { dim: 'severity', value: 'high' },
        { kind: 'threshold', window: window(7), atLeast: 500 },
      ),
    ),
    ...codes.map((c) =>
      rule(`bench yoy ${c}`, [c], null, { kind: 'yoy', window: window(28), minPct: 40, minCount: 50 }),
    ),
    rule('bench trend all', [], null, {
      kind: 'trend',
      window: window(7),
      windows: 12,
      horizon: 4,
      threshold: 20000,
    }),
    rule('bench trend phishing', ['phishing'], null, {
      kind: 'trend',
      window: window(7),
      windows: 12,
      horizon: 4,
      threshold: 5000,
    }),
    rule(
      'bench threshold region',
      [],
      { dim: 'region', value: '广东' },
      { kind: 'threshold', window: window(1), atLeast: 300 },
    ),
    rule('bench threshold all', [], null, { kind: 'threshold', window: window(30), atLeast: 100000 }),
  ];
}

const store = sampleStore('alerts', rows, values.fresh);

let server = null;
try {
  server = await serveStore(store);
  const { call } = server;

  const existing = new Set((await call('alerts.rules', {})).rows.map((r) => r.name));
  for (const rule of extraRules()) if (!existing.has(rule.name)) await call('alerts.saveRule', { rule });
  const rules = (await call('alerts.rules', {})).rows;
  const enabled = rules.filter((r) => r.enabled && r.params.kind !== 'watchlist').length;
  const phishing = rules.find((r) => r.name === 'Surge: phishing');

  const evaluate = () => call('alerts.evaluate', { asOf, record: false });
  const backtest = () => call('alerts.backtest', { ruleId: phishing.id, ...year });
  const fired = (await evaluate()).fired.length;
  const firedDays = (await backtest()).fired.length;
  const evaluations = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await evaluate();
    evaluations.push(performance.now() - start);
  }
  const backtests = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await backtest();
    backtests.push(performance.now() - start);
  }
  const baseRuns = Math.min(runs, 5);
  const evaluationBaseline = [];
  const backtestBaseline = [];
  for (let run = 0; run < baseRuns; run++) {
    // What the 8-week surge rules need, counted from incidents: every category over the 63 days.
    evaluationBaseline.push(
      shellMs(
        store,
        `SELECT category, count(*) FROM incidents WHERE occurred_at >= '2016-07-30' AND occurred_at < '2016-10-01' GROUP BY category;`,
      ),
    );
    // One category's daily counts over the year and the 8 weeks before it.
    backtestBaseline.push(
      shellMs(
        store,
        `SELECT substr(occurred_at, 1, 10) AS day, count(*) FROM incidents WHERE category = 'phishing' AND occurred_at >= '2015-08-06' AND occurred_at < '2016-10-01' GROUP BY day;`,
      ),
    );
  }
  const total = (await call('store.info', {})).incidents;
  console.log(
    `store: ${String(total)} incidents; median of ${String(runs)} runs (baselines: ${String(baseRuns)})`,
  );
  console.log(
    `evaluate ${String(enabled)} rules as of ${asOf} over HTTP: ${median(evaluations).toFixed(1)} ms (target 200 ms; ${String(fired)} fire)` +
      `   baseline sqlite3 shell, GROUP BY category over 63 days of incidents: ${median(evaluationBaseline).toFixed(1)} ms`,
  );
  console.log(
    `backtest "Surge: phishing" daily, ${year.from}..${year.to}, over HTTP: ${median(backtests).toFixed(1)} ms (target 1000 ms; fires on ${String(firedDays)} days)` +
      `   baseline sqlite3 shell, GROUP BY day for phishing over the year + 8 weeks: ${median(backtestBaseline).toFixed(1)} ms`,
  );
} finally {
  server?.stop();
}
