import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropFiles, drag, importFromWizard, ROOT } from './harness';
import { journeys } from './journey';

const sample = readFileSync(join(ROOT, 'tests', 'fixtures', 'incidents-basic.csv'), 'utf8');

const { open } = journeys();

describe('the workstation in Chromium', () => {
  it('imports a dropped CSV, then shows its rows in the table and the chart', async () => {
    const { page } = await open();
    await expect.poll(() => page.getByTestId('empty-state').count()).toBeGreaterThan(0);
    expect(page.url()).not.toContain('token=');

    await drag(page, [{ name: 'incidents-basic.csv', content: sample }], ['dragenter', 'dragover']);
    await page.getByTestId('drop-overlay').waitFor({ state: 'visible' });
    await dropFiles(page, [{ name: 'incidents-basic.csv', content: sample }]);
    // The drop opens the wizard: one file, previewed, nothing stored yet.
    await page.getByTestId('import-wizard').waitFor({ state: 'visible' });
    expect(await page.getByTestId('wizard-file').count()).toBe(1);
    await page.getByTestId('preview-table').waitFor({ state: 'visible' });
    expect(await page.getByTestId('preview-table').innerText()).toContain('Counterfeit bank login page');
    await expect.poll(() => page.getByTestId('incident-count').innerText()).toBe('0');
    await importFromWizard(page);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ state: 'visible' });
    await expect.poll(() => summary.innerText()).toMatch(/6 imported/);
    expect(await summary.innerText()).toMatch(/1 rejected/);
    // The rejected row is listed with its line number and its reason.
    expect(await summary.innerText()).toMatch(/(^|\s)7\s+occurred_at "not a date" is not a date/m);
    await expect.poll(() => page.getByTestId('drop-overlay').isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('incident-count').innerText()).toMatch(/\b6\b/);

    await page.getByTestId('nav-incidents').click();
    await expect.poll(() => page.getByTestId('incident-row').count()).toBe(6);
    const table = await page.getByTestId('incident-table').innerText();
    expect(table).toContain('Counterfeit bank login page');
    expect(table).toContain('首页被篡改');

    await page.getByTestId('nav-dashboard').click();
    const chart = page.getByTestId('monthly-chart');
    await chart.locator('canvas').waitFor({ state: 'visible' });
    // The chart drew something: some canvas pixels are not transparent.
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
  });

  it('filters the table by category from the URL', async () => {
    const { page } = await open();
    await dropFiles(page, [{ name: 'incidents-basic.csv', content: sample }]);
    await importFromWizard(page);
    await page.getByTestId('import-summary').waitFor({ state: 'visible' });
    await page.evaluate(() => {
      window.location.hash = '#/incidents?category=phishing';
    });
    await expect.poll(() => page.getByTestId('incident-row').count()).toBe(1);
    expect(await page.getByTestId('incident-table').innerText()).toContain('Counterfeit bank login page');
  });

  it('says clearly why a bad file was refused and changes nothing', async () => {
    const { page } = await open();
    await dropFiles(page, [{ name: 'incidents-basic.csv', content: sample }]);
    await importFromWizard(page);
    await expect.poll(() => page.getByTestId('incident-count').innerText()).toMatch(/\b6\b/);
    await dropFiles(page, [
      { name: 'header-only.csv', content: 'external_id,occurred_at,title\n' },
      { name: 'no-time.csv', content: 'external_id,title\nA-1,something\n' },
      { name: 'picture.png', content: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d] },
    ]);
    const error = page.getByTestId('import-error').first();
    await error.waitFor({ state: 'visible' });
    // Each file's problem shows in the wizard, before anything is imported; none can be imported.
    await expect.poll(() => page.getByTestId('import-error').count()).toBe(3);
    expect(await page.getByTestId('wizard-file').count()).toBe(3);
    expect(await page.getByTestId('wizard-import').isDisabled()).toBe(true);
    const text = (await page.getByTestId('import-error').allInnerTexts()).join('\n');
    expect(text).toMatch(/header-only\.csv.*header but no data rows/);
    expect(text).toMatch(/no-time\.csv.*no occurred_at column/);
    expect(text).toMatch(/picture\.png.*not a CSV file/);
    expect(await page.getByTestId('incident-count').innerText()).toMatch(/\b6\b/);
  });
});
