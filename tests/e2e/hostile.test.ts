// Hostile content in every view: a file whose every text field, header and name carries script-bearing
// or layout-breaking text (tests/fixtures/hostile/payloads.json, a one-megabyte field, unbroken words)
// is dropped on the window and imported; then the wizard, the summary, the incidents table with each
// row's detail pane, the facets, search highlighting, triage with hostile tags and notes, the dashboard
// with its charts hovered and its tables, the import history and the alerts (a watchlist matching the
// payloads) are visited. After each: no sentinel set, no markup made from the data, no request to a
// URL the payloads name, and no text out of its cell; the journey frame adds no other host reached and
// no console error.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RuleDraft } from '../../src/shared/alerts';
import { dropFiles, importFromWizard } from './harness';
import { BIG_TITLE, hostileFile, payloads } from './hostileCorpus';
import { pageState } from './hostilePage';
import { journeys } from './journey';

const { open } = journeys();

/** A table row may grow with wrapped text up to this; the one-megabyte field must not make it taller. */
const MAX_ROW_PX = 240;

async function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ name, input }) => {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Vigil-Token': sessionStorage.getItem('vigil.token') ?? '',
        },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(`${name}: ${result.error?.message ?? ''}`);
      return result.value as never;
    },
    { name, input },
  );
}

function watchRule(name: string, terms: string[], source: string | null): RuleDraft {
  return {
    name,
    enabled: true,
    scope: { categories: [], dimension: source === null ? null : { dim: 'source', value: source } },
    params: { kind: 'watchlist', window: { length: 7, unit: 'days' }, terms },
  };
}

/** Checks a page after each step and collects what it finds, so one run names every problem. */
function watch(page: Page) {
  const reached: string[] = [];
  page.on('request', (request) => {
    // The upload names the file in its query: what a payload would fetch is a host or a path.
    const url = new URL(request.url());
    if (/pwned/i.test(url.host + url.pathname)) reached.push(request.url());
  });
  const visited: string[] = [];
  const problems: string[] = [];
  const harmless = async (where: string): Promise<void> => {
    visited.push(where);
    const state = await pageState(page, MAX_ROW_PX);
    if (state.pwned !== undefined)
      problems.push(`${where}: window.__pwned is ${JSON.stringify(state.pwned)}`);
    // Each view names itself in the title; a payload would write "pwned" there.
    if (!/^[\w ]+ · Vigil$/.test(state.title)) problems.push(`${where}: the title became ${state.title}`);
    for (const url of reached.splice(0)) problems.push(`${where}: requested ${url}`);
    for (const what of [...state.injected, ...state.layout]) problems.push(`${where}: ${what}`);
  };
  return { harmless, visited, problems };
}

/** Watchlists the payloads match, then the corpus dropped on the window and imported through the wizard. */
async function importCorpus(page: Page, harmless: (where: string) => Promise<void>) {
  const file = hostileFile();
  const list = payloads();
  await page.getByTestId('nav-alerts').waitFor({ state: 'visible' });
  // Watchlists that the payloads match: one over every source, one scoped to a hostile source.
  const scoped = list[0]?.text ?? '';
  await call(page, 'alerts.saveRule', { rule: watchRule('Pwned anywhere', ['pwned', '.invalid'], null) });
  await call(page, 'alerts.saveRule', { rule: watchRule('Hostile source', ['onerror', 'pwned'], scoped) });

  // The wizard previews the file, then imports it; the summary lists the unknown (hostile) labels.
  await dropFiles(page, [{ name: file.name, content: file.content }]);
  await page.getByTestId('import-wizard').waitFor({ state: 'visible' });
  await expect.poll(() => page.getByTestId('wizard-import').isEnabled()).toBe(true);
  await harmless('import wizard');
  await importFromWizard(page);
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ state: 'visible' });
  await expect.poll(() => summary.innerText()).toContain(String(file.rows));
  await harmless('import summary');
  const info = await call<{ incidents: number }>(page, 'store.info', {});
  expect(info.incidents).toBe(file.rows);
  const imports = await call<{ rows: { fileName: string; rejected: number }[] }>(page, 'imports.list', {});
  expect(imports.rows.map((r) => [r.fileName, r.rejected])).toEqual([[file.name, 0]]);

  return { file, list };
}

describe('hostile content', () => {
  it('is shown as text in every view, runs nothing and stays in its cell', { timeout: 300_000 }, async () => {
    const { page } = await open();
    const { harmless, visited, problems } = watch(page);
    const { file, list } = await importCorpus(page, harmless);

    // The import history.
    await page.getByTestId('nav-import').click();
    await expect.poll(() => page.locator('body').innerText()).toContain(file.name.slice(0, 20));
    await harmless('import history');

    // The table, and every row's detail pane.
    await page.getByTestId('nav-incidents').click();
    const rows = page.getByTestId('incident-row');
    await rows.first().waitFor();
    await expect.poll(() => page.getByTestId('incident-total').innerText()).toContain(String(file.rows));
    await harmless('incidents table');
    const pane = page.getByTestId('detail-pane');
    await rows.first().click();
    const selected = page.locator('[data-testid="incident-row"][aria-selected="true"]');
    for (let i = 0; i < file.rows; i++) {
      if (i > 0) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => selected.getAttribute('aria-rowindex')).toBe(String(i + 2));
      await pane.getByTestId('pane-fields').waitFor({ state: 'visible' });
      await harmless(`detail pane of row ${String(i + 1)}`);
    }
    // The one-megabyte row: its pane holds the whole field as text, and the pane is still its size.
    await page.getByTestId('incident-search').fill('megabyte');
    await expect.poll(() => page.getByTestId('incident-total').innerText()).toBe('1 incident');
    await rows.first().click();
    await expect.poll(() => pane.locator('.pane-title').innerText()).toBe(BIG_TITLE);
    await expect
      .poll(() => pane.getByTestId('pane-fields').evaluate((el) => el.textContent.length))
      .toBeGreaterThan(1_000_000);
    await harmless('detail pane of the one-megabyte row');

    // Triage: hostile tags and notes, saved and shown back.
    const tag = '<img src=/pwned-tag onerror="window.__pwned=\'tag\'">';
    const notes = `${list[1]?.text ?? ''}\n${list[13]?.text ?? ''}`;
    await pane.getByTestId('tag-input').fill(`${tag}, __proto__`);
    await pane.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => pane.locator('.tag-list').innerText()).toContain(tag);
    await pane.locator('textarea.notes-input').fill(notes);
    await pane.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(() => pane.getByTestId('pane-fields').innerText()).toContain("window.__pwned='script'");
    await harmless('detail pane after triage');

    // Search highlighting over hostile text.
    await page.getByTestId('incident-search').fill('pwned');
    await expect.poll(async () => rows.first().locator('mark').count()).toBeGreaterThan(0);
    await harmless('search results with marks');
    await page.getByTestId('incident-search').fill('');

    // The facets: a hostile source value filters the table, and the address holds it.
    const source = page.getByTestId('facet-source');
    await source.waitFor({ state: 'visible' });
    await harmless('facets');
    await source.locator('[data-value]').first().click();
    await expect.poll(() => page.url()).toContain('source=');
    await expect.poll(() => page.getByTestId('incident-total').innerText()).toMatch(/^[1-9]\d* incidents?$/);
    await harmless('table filtered by a hostile source');
    await page.reload();
    await rows.first().waitFor();
    await harmless('the filtered table reloaded from its address');

    // The dashboard: every chart hovered (tooltips), every chart's numbers shown as a table.
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('headline-total').waitFor({ state: 'visible' });
    await expect.poll(() => page.getByTestId('headline-total').innerText()).toBe(String(file.rows));
    await harmless('dashboard');
    const canvases = page.locator('canvas');
    for (let c = 0; c < (await canvases.count()); c++) {
      const canvas = canvases.nth(c);
      await canvas.scrollIntoViewIfNeeded();
      const box = await canvas.boundingBox();
      if (box === null) continue;
      for (const [fx, fy] of [
        [0.3, 0.2],
        [0.5, 0.5],
        [0.7, 0.35],
        [0.2, 0.8],
        [0.9, 0.6],
      ] as const) {
        await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
        await harmless(`dashboard chart ${String(c + 1)} hovered`);
      }
    }
    const asTable = page.locator('[data-testid$="-as-table"]');
    for (let t = 0; t < (await asTable.count()); t++) await asTable.nth(t).click();
    await harmless('dashboard as tables');

    // The alerts the watchlists raised, the hostile source's included.
    await page.getByTestId('nav-alerts').click();
    const alertRows = page.getByTestId('alert-row');
    await expect.poll(() => alertRows.count()).toBeGreaterThanOrEqual(3);
    expect(
      await page.locator('[data-testid="alert-row"][data-rule="Hostile source"]').count(),
    ).toBeGreaterThanOrEqual(1);
    await harmless('alerts');

    expect(visited.length).toBeGreaterThan(file.rows + 10);
    expect(problems.join('\n')).toBe('');
  });
  it('is shown as text in the report view and in its printed PDF', { timeout: 180_000 }, async () => {
    const { page, served } = await open();
    const { harmless, problems } = watch(page);
    const { file } = await importCorpus(page, harmless);
    await page.getByTestId('nav-report').click();
    await expect.poll(() => page.title()).toMatch(/^Report · Vigil$/);
    await expect.poll(() => page.locator('main').innerText()).toContain(String(file.rows));
    // Settled: the document drawn with its stamp, nothing being counted again.
    await page.getByTestId('report-document').waitFor({ state: 'visible' });
    await page.getByTestId('report-stamp-hash').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('.loading').count()).toBe(0);
    await harmless('report');

    // Printed: the notable incidents (half the rows are high or critical) carry the payloads, which
    // must reach the paper as the text they are, with the marking on every page and nothing run.
    const path = join(served.dir, 'hostile-report.pdf');
    await page.pdf({ path, preferCSSPageSize: true });
    await harmless('report after printing');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(0);
    for (const printedPage of pages) expect(printedPage).toContain('TLP:AMBER');
    expect(text).toContain('onerror');
    expect(text).toContain('<img');
    expect(problems.join('\n')).toBe('');
  });
});
