// The incident table at a million rows: the time from a scrollbar jump to row ~900,000 until the rows
// in view are real (not placeholders), in Chromium against `vigil serve`, median of N jumps, each to
// a place not fetched before. Beside it, in the same run: the sqlite3 shell's time for the naive
// query a jump would cost without keyset anchors (ORDER BY occurred_at DESC LIMIT 100 OFFSET 900000),
// and the time the page takes to show its first rows after it loaded.
// The generated store is kept between runs (node_modules/.cache/vigil-bench/; it takes minutes to
// build); --fresh builds it again.
// Usage: npm run bench:scroll [-- --rows N --runs N --fresh]
/* global document, requestAnimationFrame -- the jump runs in the page, through page.evaluate */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, median, ROOT, sampleStore, serveStore, shellMs } from './lib.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '9' },
    fresh: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const runs = Math.max(7, Number(values.runs));
const { chromium } = createRequire(join(ROOT, 'package.json'))('playwright-core');

/** In the page: jump the grid's scrollbar, then wait until every row in view is real. */
async function jump(page, targetRow) {
  return page.evaluate(async (target) => {
    const grid = document.querySelector('[data-testid=incident-table]');
    const total = Number(grid.getAttribute('aria-rowcount')) - 1;
    const rowHeight = 32;
    const header = 34;
    const view = grid.clientHeight - header;
    const content = total * rowHeight;
    const maxTop = grid.scrollHeight - header - view;
    const top = ((target * rowHeight) / (content - view)) * maxTop;
    const started = performance.now();
    grid.scrollTop = top;
    return new Promise((resolve) => {
      const check = () => {
        const box = grid.getBoundingClientRect();
        const inView = [...grid.querySelectorAll('.grid-body [role=row]')].filter((row) => {
          const r = row.getBoundingClientRect();
          return r.bottom > box.top + header && r.top < box.bottom;
        });
        const first = Number(inView[0]?.getAttribute('aria-rowindex') ?? 0) - 2;
        if (
          inView.length > 0 &&
          Math.abs(first - target) < 2_000 &&
          inView.every((row) => row.getAttribute('data-state') === 'loaded')
        ) {
          resolve({ ms: performance.now() - started, first });
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, targetRow);
}

const store = sampleStore('table', rows, values.fresh);

let server = null;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  server = await serveStore(store);
  const url = server.url.href;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const opened = performance.now();
  await page.goto(`${url}#/incidents`);
  await page.locator('[data-testid=incident-row]').first().waitFor({ timeout: 120_000 });
  const firstPage = performance.now() - opened;
  const total = Number(await page.getByTestId('incident-table').getAttribute('aria-rowcount')) - 1;
  await jump(page, Math.min(total - 100, 500_000)); // warm: the server's anchors and page cache

  const times = [];
  let landed = 0;
  for (let run = 0; run < runs; run++) {
    const target = Math.min(total - 100, 900_000 + run * 2_500);
    await jump(page, 0);
    const { ms, first } = await jump(page, target);
    times.push(ms);
    landed = first;
  }
  const baseline = [];
  for (let run = 0; run < 5; run++) {
    baseline.push(
      shellMs(
        store,
        'SELECT id, occurred_at, title FROM incidents ORDER BY occurred_at DESC, id DESC LIMIT 100 OFFSET 900000;',
      ),
    );
  }
  console.log(
    `store: ${total.toLocaleString('en-US')} incidents (${store}); median of ${String(runs)} jumps`,
  );
  console.log(
    `baseline  sqlite3 shell, ORDER BY occurred_at DESC LIMIT 100 OFFSET 900000: ${median(baseline).toFixed(1)} ms`,
  );
  console.log(`baseline  first rows of the table after the page was opened: ${firstPage.toFixed(0)} ms`);
  console.log(
    `vigil     scrollbar jump to row ~900,000 until real rows show (last landed at ${landed.toLocaleString('en-US')}): ${median(times).toFixed(1)} ms (target 200 ms; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
  );
} finally {
  await browser.close();
  server?.stop();
}
