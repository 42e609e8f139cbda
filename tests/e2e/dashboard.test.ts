// The dashboard on a generated sample imported through the command line: its headline figures are
// the ones `vigil stats --json` gives for the same period, a preset changes them, and the trend's
// numbers are there as a table too. Below, the breakdowns add up to the period's total, a category
// clicked filters every panel, and the data-quality panel agrees with the category table.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Headline } from '../../src/shared/domain';
import { CLI, ROOT, type Served } from './harness';
import { journeys } from './journey';

const { open } = journeys();
let served: Served;

function vigil(...args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  if (result.status !== 0) throw new Error(`vigil ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function stats(from: string, to: string): Headline {
  return JSON.parse(
    vigil('stats', '--db', served.storePath, '--from', from, '--to', to, '--json'),
  ) as Headline;
}

/** Incidents of one target in a period, counted directly in the store file (read-only, beside the server). */
function assetCount(asset: string, from: string, to: string): number {
  const db = new Database(served.storePath, { readonly: true });
  try {
    const row = db
      .prepare(
        'SELECT count(*) AS n FROM incidents WHERE asset = ? AND substr(occurred_at, 1, 10) BETWEEN ? AND ?',
      )
      .get(asset, from, to) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

function pct(value: number | null): string {
  if (value === null) return 'n/a';
  if (value === 0) return '0.0%';
  return `${value > 0 ? '+' : '\u2212'}${Math.abs(value).toFixed(1)}%`;
}

async function shownPeriod(page: Page): Promise<{ from: string; to: string }> {
  const text = page.getByTestId('period-text');
  return {
    from: (await text.getAttribute('data-from')) ?? '',
    to: (await text.getAttribute('data-to')) ?? '',
  };
}

async function shownHeadline(page: Page): Promise<string[]> {
  const ids = ['total', 'previous', 'yoy', 'previous-period', 'change'];
  return Promise.all(ids.map((id) => page.getByTestId(`headline-${id}`).innerText()));
}

function formatted(n: number): string {
  return n.toLocaleString('en-US');
}

/** How many pixels a canvas has painted: more than a blank one's none once bars are drawn. */
function painted(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
    return n;
  });
}

function expectedHeadline(h: Headline): string[] {
  const n = (v: number): string => v.toLocaleString('en-US');
  return [n(h.total), n(h.previous), pct(h.yoyPct), n(h.previousPeriodTotal), pct(h.changePct)];
}

/** A 5,000-row sample imported by the command line into the served store. */
function withSample(s: Served): void {
  served = s;
  const sample = join(s.dir, 'sample.csv');
  vigil('sample', '--rows', '5000', '--out', sample);
  vigil('import', sample, '--db', s.storePath);
}

describe('the dashboard', () => {
  it('shows the figures vigil stats gives, and changes them with the period', async () => {
    const { page } = await open(withSample);

    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('headline-total').waitFor({ state: 'visible' });
    // The sample's data ends before this year: the dashboard opens on its latest year.
    const first = await shownPeriod(page);
    expect(first.from).toMatch(/^\d{4}-01-01$/);
    const year = first.from.slice(0, 4);
    await expect.poll(() => shownHeadline(page)).toEqual(expectedHeadline(stats(first.from, first.to)));
    expect(await page.getByTestId('headline-sentence').innerText()).toMatch(
      new RegExp(
        `^1 January – .* ${year}: [\\d,]+ incidents, (up|down) [\\d.]+% on the same period of ${String(Number(year) - 1)}\\.$`,
      ),
    );

    // The first nine months of that year, chosen in the bar, land in the address and the figures.
    await page.getByTestId('period-preset').selectOption('first_months');
    await page.getByTestId('period-months').selectOption('9');
    await expect.poll(() => shownPeriod(page)).toEqual({ from: `${year}-01-01`, to: `${year}-09-30` });
    expect(page.url()).toContain(`#/dashboard?from=${year}-01-01&to=${year}-09-30`);
    const nine = stats(`${year}-01-01`, `${year}-09-30`);
    expect(nine.total).not.toBe(stats(first.from, first.to).total);
    await expect.poll(() => shownHeadline(page)).toEqual(expectedHeadline(nine));
    expect(await page.getByTestId('category-change-row').count()).toBe(Object.keys(nine.byCategory).length);

    // A preset ending today, long after the sample: nothing counted, nothing to compare with.
    await page.getByTestId('period-preset').selectOption('preset:this_month');
    await expect.poll(() => page.getByTestId('headline-total').innerText()).toBe('0');
    expect(await page.getByTestId('headline-yoy').innerText()).toBe('n/a');

    // Back to the nine months; the trend drew bars, and its numbers are there as a table.
    await page.goBack();
    await expect.poll(() => shownHeadline(page)).toEqual(expectedHeadline(nine));
    const chart = page.getByTestId('monthly-chart');
    await chart.locator('canvas').waitFor({ state: 'visible' });
    await expect
      .poll(() =>
        chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
          const context = canvas.getContext('2d');
          if (!context) return 0;
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
          return painted;
        }),
      )
      .toBeGreaterThan(1000);
    await page.getByTestId('trend-granularity').selectOption('month');
    await page.getByTestId('trend-as-table').click();
    const table = page.getByTestId('trend-table');
    await table.waitFor({ state: 'visible' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(9);
    const totals = await table.locator('tbody tr td.strong-num').allInnerTexts();
    expect(totals.reduce((sum, t) => sum + Number(t.replace(/,/g, '')), 0)).toBe(nine.total);
  });

  it('filters by a clicked category, breaks the period down, and judges its data', async () => {
    const { page } = await open(withSample);
    const count = (text: string): number => Number(text.replace(/[^\d]/g, ''));

    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('headline-total').waitFor({ state: 'visible' });
    const { from, to } = await shownPeriod(page);
    const all = stats(from, to);
    await expect.poll(() => page.getByTestId('headline-total').innerText()).toBe(formatted(all.total));

    // The breakdowns: bars drawn, and their numbers (the "Other" row included) add up to the period.
    await expect
      .poll(() => painted(page.getByTestId('breakdown-source-chart').locator('canvas')))
      .toBeGreaterThan(500);
    for (const by of ['severity', 'region', 'sector', 'source']) {
      await page.getByTestId(`breakdown-${by}-as-table`).click();
      const table = page.getByTestId(`breakdown-${by}-table`);
      await table.waitFor({ state: 'visible' });
      const counts = await table.locator('tbody td.breakdown-count').allInnerTexts();
      expect(counts.length).toBeLessThanOrEqual(11);
      expect(counts.reduce((sum, t) => sum + count(t), 0)).toBe(all.total);
    }
    // The top lists: drawn, and each of their counts is that target's count in the store.
    await page.getByTestId('top-asset-as-table').click();
    const top = page.getByTestId('top-asset-table');
    await top.waitFor({ state: 'visible' });
    const firstTarget = top.locator('tbody tr').first();
    const targetName = (await firstTarget.locator('th').innerText()).trim();
    expect(count(await firstTarget.locator('td.breakdown-count').innerText())).toBe(
      assetCount(targetName, from, to),
    );

    // Data quality: the uncategorized count is the category table's "Uncategorized" row.
    const uncategorizedRow = page.locator(
      '[data-testid="category-change-row"][data-category="uncategorized"]',
    );
    const inTable = count(await uncategorizedRow.locator('td').first().innerText());
    expect(inTable).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        count((await page.getByTestId('quality-uncategorized').innerText()).replace(/^.*\(/, '')),
      )
      .toBe(inTable);
    expect(await page.getByTestId('quality-unknown-labels').locator('tbody tr').count()).toBeGreaterThan(0);

    // A category clicked in the table filters the dashboard; clicked again, the filter is gone.
    const phishing = all.byCategory.phishing?.count ?? 0;
    expect(phishing).toBeGreaterThan(0);
    await page.locator('[data-testid="category-toggle"][data-category="phishing"]').click();
    await expect.poll(() => page.url()).toContain('category=phishing');
    await expect.poll(() => page.getByTestId('headline-total').innerText()).toBe(formatted(phishing));
    expect(await page.getByTestId('category-change-row').count()).toBe(1);
    const links = await page
      .getByTestId('incidents-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBe(5);
    for (const href of links) expect(href).toBe(`#/incidents?category=phishing&from=${from}&to=${to}`);
    const severity = page.getByTestId('breakdown-severity-table');
    await expect
      .poll(async () =>
        (await severity.locator('tbody td.breakdown-count').allInnerTexts()).reduce(
          (sum, t) => sum + count(t),
          0,
        ),
      )
      .toBe(phishing);

    // A breakdown row opens exactly the incidents it counts in the table: same period, category, value.
    const high = severity.locator('tbody tr', { hasText: 'high' });
    const highCount = count(await high.locator('td.breakdown-count').innerText());
    await high.locator('a').click();
    await expect.poll(() => page.url()).toContain('severity=high');
    await expect
      .poll(async () => count((await page.getByTestId('incident-total').innerText()).replace(/\D+$/, '')))
      .toBe(highCount);
    await page.goBack();
    await expect.poll(() => page.url()).toContain('#/dashboard');
    await page.locator('[data-testid="category-toggle"][data-category="phishing"]').click();
    await expect.poll(() => page.url()).not.toContain('category=');
    await expect.poll(() => page.getByTestId('headline-total').innerText()).toBe(formatted(all.total));
  });

  it('counts the days of the time zone chosen for the workstation, as vigil stats then does', async () => {
    const { page } = await open(withSample);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('headline-total').waitFor({ state: 'visible' });
    expect(await page.getByTestId('time-zone-name').innerText()).toBe('UTC');
    // A period fixed in the address: the default one follows the store's last day, which moves with the zone.
    const { from, to } = await shownPeriod(page);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/dashboard?from=${from}&to=${to}`);
    await expect.poll(() => shownHeadline(page)).toEqual(expectedHeadline(stats(from, to)));

    await page.getByTestId('time-zone-change').click();
    await page.getByTestId('time-zone-select').selectOption('Asia/Shanghai');
    await page.getByTestId('time-zone-apply').click();
    await expect.poll(() => page.getByTestId('time-zone-name').innerText()).toBe('Asia/Shanghai');
    // Beijing days: from 16:00 UTC the day before to 16:00 UTC on the last day, counted directly.
    const start = new Date(Date.parse(`${from}T00:00:00+08:00`)).toISOString().slice(0, 19);
    const end = new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000).toISOString().slice(0, 19);
    const db = new Database(served.storePath, { readonly: true });
    const direct = (
      db
        .prepare('SELECT count(*) AS n FROM incidents WHERE occurred_at >= ? AND occurred_at < ?')
        .get(start, end) as {
        n: number;
      }
    ).n;
    db.close();
    await expect.poll(() => page.getByTestId('headline-total').innerText()).toBe(formatted(direct));
    expect(stats(from, to).total).toBe(direct);
    await expect.poll(() => shownHeadline(page)).toEqual(expectedHeadline(stats(from, to)));
  });

  it('offers the sample from its empty state', async () => {
    const { page } = await open((s) => {
      served = s;
    });
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('empty-state').waitFor({ state: 'visible' });
    expect(await page.getByTestId('load-sample').count()).toBe(1);
  });
});
