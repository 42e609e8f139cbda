// Dashboard data: the operations one dashboard view asks for (headline, trend with the year-earlier
// line, four breakdowns, top targets and attacking addresses, data quality), called through `vigil serve` on a store of N generated incidents,
// beside the baseline the issue names: the sqlite3 shell's time for the equivalent GROUP BY over the
// incidents table, measured in the same run on the same file.
// Usage: npm run bench:dashboard [-- --rows N --runs N]
// The functions handed to page.evaluate run in Chromium, where these exist.
/* global document, window */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, median, serveStore, shellMs } from './lib.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '15' },
    browser: { type: 'boolean', default: true },
  },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const cli = join(import.meta.dirname, '..', 'out', 'main', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-dashboard-'));
const store = join(dir, 'vigil.db');
const period = { from: '2016-01-01', to: '2016-09-30' };

let server = null;
try {
  const csv = join(dir, 'export.csv');
  execFileSync(process.execPath, [cli, 'sample', '--rows', String(rows), '--out', csv], { stdio: 'ignore' });
  execFileSync(process.execPath, [cli, 'import', csv, '--db', store], { stdio: 'ignore' });
  rmSync(csv);

  server = await serveStore(store);
  const { url, token, call } = server;
  const dashboard = () =>
    Promise.all([
      call('stats.headline', period),
      call('stats.trend', { ...period, granularity: 'month', by: 'category' }),
      ...['severity', 'region', 'sector', 'source'].map((by) =>
        call('stats.breakdown', { ...period, by, limit: 10 }),
      ),
      call('stats.quality', period),
      call('stats.top', { ...period, by: 'asset', limit: 10 }),
      call('stats.top', { ...period, by: 'attacker_ip', limit: 10 }),
    ]);
  await dashboard(); // warm the page cache, as an open window would be
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await dashboard();
    times.push(performance.now() - start);
  }
  // Each part alone, to see where the time goes.
  const parts = {
    headline: () => call('stats.headline', period),
    trend: () => call('stats.trend', { ...period, granularity: 'month', by: 'category' }),
    breakdowns: () =>
      Promise.all(
        ['severity', 'region', 'sector', 'source'].map((by) =>
          call('stats.breakdown', { ...period, by, limit: 10 }),
        ),
      ),
    quality: () => call('stats.quality', period),
    'top targets': () => call('stats.top', { ...period, by: 'asset', limit: 10 }),
    'top attackers': () => call('stats.top', { ...period, by: 'attacker_ip', limit: 10 }),
  };
  const partTimes = {};
  for (const [name, run] of Object.entries(parts)) {
    partTimes[name] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      partTimes[name].push(performance.now() - start);
    }
  }
  const filtered = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await Promise.all([
      call('stats.headline', { ...period, categories: ['phishing'] }),
      call('stats.trend', { ...period, granularity: 'week', by: 'region', categories: ['phishing'] }),
    ]);
    filtered.push(performance.now() - start);
  }
  const baseline = [];
  for (let run = 0; run < Math.min(runs, 5); run++) {
    baseline.push(
      shellMs(
        store,
        `SELECT category, count(*) FROM incidents WHERE occurred_at >= '${period.from}' AND occurred_at < '2016-10-01' GROUP BY category;`,
      ),
    );
  }
  const headline = await call('stats.headline', period);
  console.log(
    `store: ${headline.total} incidents in ${period.from}..${period.to} of ${rows} generated rows; median of ${runs} runs`,
  );
  console.log(
    `baseline  sqlite3 shell, one GROUP BY category over incidents for the period: ${median(baseline).toFixed(1)} ms`,
  );
  console.log(
    `vigil dashboard data (headline, trend, 4 breakdowns, 2 top lists, data quality) over HTTP: ${median(times).toFixed(1)} ms (target 100 ms)`,
  );
  console.log(
    `  parts, each alone: ${Object.entries(partTimes)
      .map(([name, t]) => `${name} ${median(t).toFixed(1)} ms`)
      .join(', ')}`,
  );
  console.log(
    `vigil headline + weekly trend by region, one category filter: ${median(filtered).toFixed(1)} ms`,
  );
  if (values.browser) await browserFigure(url, token, period);
} finally {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Chromium: the time from a period change (the address the period bar writes) until the dashboard
 * shows the new period with every panel settled (no panel busy, charts drawn), alternating between
 * periods so no answer is cached. The baseline beside it: the same page's round trip for one trivial
 * operation (store.info), which is what any change costs before any counting.
 */
async function browserFigure(url, token, base) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const periods = [
      base,
      { from: '2015-01-01', to: '2015-09-30' },
      { from: '2016-04-01', to: '2016-06-30' },
      { from: '2015-10-01', to: '2016-03-31' },
    ];
    const settled = async (p) =>
      page.waitForFunction(
        ({ from, to }) => {
          const text = document.querySelector('[data-testid="period-text"]');
          if (text === null || text.getAttribute('data-from') !== from || text.getAttribute('data-to') !== to)
            return false;
          if (document.querySelector('[aria-busy="true"]') !== null) return false;
          return (
            document.querySelectorAll('canvas').length >= 7 && document.querySelector('.loading') === null
          );
        },
        p,
        { polling: 'raf', timeout: 30_000 },
      );
    await page.goto(`${url.origin}/?token=${token}#/dashboard?from=${base.from}&to=${base.to}`);
    await settled(base);
    const times = [];
    for (let run = 0; run < runs; run++) {
      const p = periods[(run + 1) % periods.length];
      const start = await page.evaluate(({ from, to }) => {
        const t = performance.now();
        window.location.hash = `#/dashboard?from=${from}&to=${to}`;
        return t;
      }, p);
      await settled(p);
      times.push((await page.evaluate(() => performance.now())) - start);
    }
    const trivial = [];
    for (let run = 0; run < runs; run++) {
      trivial.push(
        await page.evaluate(async (t) => {
          const s = performance.now();
          await fetch('/api/call/store.info', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-vigil-token': t },
            body: '{}',
          });
          return performance.now() - s;
        }, token),
      );
    }
    console.log(`chromium: one trivial call from the page (baseline): ${median(trivial).toFixed(1)} ms`);
    console.log(
      `chromium: period change to the dashboard drawn and settled: ${median(times).toFixed(1)} ms (target 500 ms)`,
    );
  } finally {
    await browser.close();
  }
}
