// The briefing report to PDF: `vigil report` for nine months over a store of N generated incidents
// (the target: at most 3 s for 1,000,000), beside the baseline measured in the same run: the
// time the same Chromium, with the same flags, takes to print a static page of as many pages. The
// difference is what Vigil adds (starting, counting the period, drawing the report). The generated
// store is kept between runs (node_modules/.cache/vigil-bench/), as building it takes over a minute.
// Usage: npm run bench:report [-- --rows N --runs N --fresh]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CLI as cli, median, sampleStore } from './lib.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    fresh: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const runs = Math.max(5, Number(values.runs));
const period = { from: '2016-01-01', to: '2016-09-30' };
const chromium = process.env.VIGIL_CHROMIUM || '/usr/bin/chromium';
// The flags `vigil report` passes (src/main/report/chromiumPdf.ts), so the baseline differs only in the page.
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-extensions',
  '--no-pdf-header-footer',
  '--virtual-time-budget=10000',
];

function timed(work) {
  const start = process.hrtime.bigint();
  const result = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function pageCount(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** A plain A4 document of `pages` pages of text and a table each, the report's kind of content. */
function staticPage(pages) {
  const row = (i) =>
    `<tr><td>EX-2016-${String(i).padStart(7, '0')}</td><td>2016-06-26 07:00</td><td>phishing</td><td>high</td><td>Fake bank login page</td></tr>`;
  const sheet = (n) =>
    `<section><h1>Section ${String(n + 1)}</h1><p>${'Between 1 January and 30 September 2016, incidents were recorded. '.repeat(8)}</p>` +
    `<table>${Array.from({ length: 28 }, (_, i) => row(n * 28 + i)).join('')}</table></section>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4 portrait; margin: 22mm 18mm; }
body { font: 10pt 'Liberation Sans', Arial, sans-serif; }
section { break-after: page; }
section:last-child { break-after: auto; }
table { border-collapse: collapse; width: 100%; } td { border-bottom: 1px solid #999; padding: 2pt; }
</style></head><body>${Array.from({ length: pages }, (_, n) => sheet(n)).join('')}</body></html>`;
}

if (!existsSync(cli)) throw new Error(`build first: ${cli} is missing (npm run bench:report builds it)`);
const store = sampleStore('report', rows, values.fresh);

const work = mkdtempSync(join(tmpdir(), 'vigil-bench-report-run-'));
try {
  const out = join(work, 'report.pdf');
  const report = () =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [cli, 'report', '--db', store, '--from', period.from, '--to', period.to, '--out', out, '--json'],
        { encoding: 'utf8' },
      ),
    );
  // Not timed: the first open of the day writes the store's daily backup, and the file cache warms.
  const first = report();
  const pages = pageCount(out);
  console.log(
    `store: ${store}; report ${period.from} to ${period.to}: ${first.total.toLocaleString('en-US')} incidents, ${String(pages)} pages`,
  );

  const html = join(work, 'static.html');
  let sheets = pages;
  writeFileSync(html, staticPage(sheets));
  const staticPdf = join(work, 'static.pdf');
  const printStatic = () =>
    execFileSync(
      chromium,
      [
        ...flags,
        `--user-data-dir=${join(work, 'profile')}`,
        `--print-to-pdf=${staticPdf}`,
        pathToFileURL(html).href,
      ],
      { stdio: 'ignore' },
    );
  printStatic();
  // The static document is fitted to the report's page count, so both print the same number of pages.
  for (let tries = 0; tries < 5 && pageCount(staticPdf) !== pages; tries += 1) {
    sheets += pages - pageCount(staticPdf);
    writeFileSync(html, staticPage(Math.max(1, sheets)));
    printStatic();
  }
  const staticPages = pageCount(staticPdf);

  const reportMs = [];
  const staticMs = [];
  for (let i = 0; i < runs; i += 1) {
    reportMs.push(timed(report).ms);
    staticMs.push(timed(printStatic).ms);
  }
  const r = median(reportMs);
  const s = median(staticMs);
  console.log(
    `vigil report, ${String(pages)} pages:            median ${(r / 1000).toFixed(2)} s of ${String(runs)} (${reportMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`,
  );
  console.log(
    `baseline: Chromium, static ${String(staticPages)} pages: median ${(s / 1000).toFixed(2)} s of ${String(runs)} (${staticMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`,
  );
  console.log(
    `Vigil adds ${((r - s) / 1000).toFixed(2)} s (${(r / s).toFixed(2)}× the baseline); target: at most 3 s in all.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
