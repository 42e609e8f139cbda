// The Incidents view on a generated sample imported by the command line: a facet and a search narrow
// the table (words marked in the rows), a row opens its details, a status change shows in the facet
// counts and the history and is undone, and the filtered set is exported as CSV and read back. Then,
// on a store of 200,000 rows (more than a browser lets one element be tall at 32 px a row), a jump to
// near the end shows the real rows of that place.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, type Served } from './harness';
import { journeys } from './journey';

const { open } = journeys();

function vigil(...args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  if (result.status !== 0) throw new Error(`vigil ${args.join(' ')} failed: ${result.stderr}`);
}

function withSample(rows: number) {
  return (served: Served): void => {
    const sample = join(served.dir, 'sample.csv');
    vigil('sample', '--rows', String(rows), '--out', sample);
    vigil('import', sample, '--db', served.storePath);
  };
}

/** The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** "1,234 incidents" → 1234; null while a new filter is being counted. */
async function shownTotal(page: Page): Promise<number | null> {
  const text = await page.getByTestId('incident-total').innerText();
  return /\d/.test(text) ? Number(text.replace(/[^\d]/g, '')) : null;
}

async function facetCount(facet: Locator, value: string): Promise<number> {
  const button = facet.locator(`[data-value="${value}"]`);
  if ((await button.count()) === 0) return 0;
  return Number((await button.locator('.facet-count').innerText()).replace(/[^\d]/g, ''));
}

/** The grid's rows in the DOM: index, whether real, and text. */
function gridRows(page: Page) {
  return page.getByTestId('incident-table').evaluate((grid) =>
    [...grid.querySelectorAll('.grid-body [role=row]')].map((row) => ({
      rowIndex: Number(row.getAttribute('aria-rowindex')),
      loaded: row.getAttribute('data-state') === 'loaded',
      id: Number(row.getAttribute('data-id')),
    })),
  );
}

describe('the Incidents view', () => {
  it('filters, searches, triages with undo, and exports what it shows', { timeout: 120_000 }, async () => {
    const { page } = await open(withSample(5000));
    await page.getByTestId('incident-row').first().waitFor();
    await expect.poll(() => shownTotal(page)).toBeGreaterThan(4000);

    // A facet value: the table and the address follow, and the count is the facet's.
    const categories = page.getByTestId('facet-category');
    const phishing = await facetCount(categories, 'phishing');
    await categories.locator('[data-value="phishing"]').click();
    await expect.poll(() => page.url()).toContain('category=phishing');
    await expect.poll(() => shownTotal(page)).toBe(phishing);

    // A search: fewer rows, every one of them with the word marked.
    await page.getByTestId('incident-search').fill('bank');
    await expect.poll(() => page.url()).toContain('q=bank');
    await expect
      .poll(async () => {
        const n = await shownTotal(page);
        return n !== null && n > 0 && n < phishing;
      })
      .toBe(true);
    const found = (await shownTotal(page)) ?? 0;
    await expect
      .poll(() => page.getByTestId('incident-row').first().locator('mark').first().innerText())
      .toMatch(/^bank$/i);

    // A row opens its details, with where it came from.
    const first = page.getByTestId('incident-row').first();
    const title = await first.locator('[data-column="title"]').innerText();
    await first.click();
    const pane = page.getByTestId('detail-pane');
    await expect.poll(() => pane.locator('.pane-title').innerText()).toBe(title);
    await expect.poll(() => pane.getByTestId('pane-provenance').innerText()).toContain('sample.csv');
    expect(await pane.getByTestId('pane-source-row').innerText()).toContain(title);

    // Triage: the status facet counts it, the history records it; undo takes it back.
    const statuses = page.getByTestId('facet-status');
    const fresh = await facetCount(statuses, 'new');
    await pane.getByTestId('triage-status').selectOption('resolved');
    await pane.getByTestId('triage-apply').click();
    await expect.poll(() => facetCount(statuses, 'resolved')).toBe(1);
    await expect.poll(() => facetCount(statuses, 'new')).toBe(fresh - 1);
    await expect.poll(() => pane.getByTestId('pane-history').innerText()).toContain('new → resolved');
    expect(await first.locator('[data-column="status"]').innerText()).toBe('resolved');
    await page.getByTestId('undo-last').click();
    await expect.poll(() => facetCount(statuses, 'resolved')).toBe(0);
    await expect.poll(() => facetCount(statuses, 'new')).toBe(fresh);
    await expect.poll(() => first.locator('[data-column="status"]').innerText()).toBe('new');

    // Esc closes the pane; the export holds exactly the rows the filter shows.
    await page.getByTestId('incident-table').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => pane.count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vigil-incidents-\d{4}-\d{2}-\d{2}\.csv$/);
    const saved = await download.path();
    const records = csvRecords(readFileSync(saved, 'utf8').replace(/^\uFEFF/, ''));
    const header = records[0] ?? [];
    const rows = records.slice(1);
    expect(rows).toHaveLength(found);
    const at = (name: string): number => header.indexOf(name);
    expect(rows.every((row) => row[at('category')] === 'phishing')).toBe(true);
    expect(rows.map((row) => row[at('title')])).toContain(title);
    const text = (row: string[]): string =>
      [row[at('title')], row[at('description')], row[at('asset')]].join(' ');
    expect(rows.every((row) => /bank/i.test(text(row)))).toBe(true);
    await expect
      .poll(() => page.getByTestId('export-status').innerText())
      .toContain(`Saved ${found.toLocaleString('en-US')}`);
  });

  it(
    'jumps to near the end of 200,000 rows and shows the real rows there',
    { timeout: 240_000 },
    async () => {
      const { page } = await open(withSample(200_000));
      await page.getByTestId('incident-row').first().waitFor();
      const total = (await shownTotal(page)) ?? 0;
      const grid = page.getByTestId('incident-table');
      expect(await grid.getAttribute('aria-rowcount')).toBe(String(total + 1));

      // The rows would be taller than a browser allows one element: the scroll space is scaled.
      const { scrollHeight, clientHeight } = await grid.evaluate((el) => ({
        scrollHeight: el.scrollHeight,
        clientHeight: el.clientHeight,
      }));
      expect(scrollHeight).toBeLessThan(total * 32);

      // A scrollbar jump to 95%: real rows, numbered for where they stand.
      await grid.evaluate(
        (el, top) => {
          el.scrollTop = top;
        },
        0.95 * (scrollHeight - clientHeight),
      );
      // One snapshot of the rows, taken when every one is real: the window may still move by a row or
      // two as the scroll settles, and rows read a moment later can be placeholders again.
      let rows: Awaited<ReturnType<typeof gridRows>> = [];
      await expect
        .poll(async () => {
          rows = await gridRows(page);
          return rows.length > 0 && rows.every((row) => row.loaded);
        })
        .toBe(true);
      const firstRow = rows[0]!.rowIndex;
      expect(Math.abs(firstRow - 2 - 0.95 * total)).toBeLessThan(total * 0.01);
      expect(rows.map((row) => row.rowIndex)).toEqual(rows.map((_, i) => firstRow + i));

      // They are the rows the services list at that place.
      const listed = await page.evaluate(async (offset) => {
        const response = await fetch('/api/call/incidents.list', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Vigil-Token': sessionStorage.getItem('vigil.token') ?? '',
          },
          body: JSON.stringify({ offset, limit: 5 }),
        });
        const result = (await response.json()) as { value: { rows: { id: number }[] } };
        return result.value.rows.map((row) => row.id);
      }, firstRow - 2);
      expect(rows.slice(0, 5).map((row) => row.id)).toEqual(listed);

      // End, from the keyboard: the last row, active and real.
      await grid.focus();
      await page.keyboard.press('End');
      await expect
        .poll(async () =>
          (await gridRows(page))
            .filter((row) => row.loaded)
            .map((row) => row.rowIndex)
            .at(-1),
        )
        .toBe(total + 1);
      const active = await grid.getAttribute('aria-activedescendant');
      expect(await page.locator(`[id="${active ?? ''}"]`).getAttribute('aria-rowindex')).toBe(
        String(total + 1),
      );
    },
  );
});
