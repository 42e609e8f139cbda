// The Imports view and the sample data in Chromium: rejected rows exported as a CSV that is safe to
// open in a spreadsheet, an import undone, and the sample loaded from the empty store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropFiles, importFromWizard, ROOT } from './harness';
import { journeys } from './journey';

const { open } = journeys();

const sample = readFileSync(join(ROOT, 'tests', 'fixtures', 'incidents-basic.csv'), 'utf8');
/** One more rejected row, written to be run as a formula by a spreadsheet that opens the export. */
const withFormula = `${sample.trimEnd()}\n=HYPERLINK("http://evil.example.test"),also not a date,phishing,,Formula,x.example.test,cncert,\n`;

describe('the Imports view', () => {
  it('exports rejected rows as a CSV whose formulas are neutralized', async () => {
    const { page } = await open();
    await dropFiles(page, [{ name: 'incidents-basic.csv', content: withFormula }]);
    await importFromWizard(page);
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toMatch(/2 rejected/);

    const downloading = page.waitForEvent('download');
    await page
      .getByTestId('import-summary')
      .getByRole('button', { name: 'Export rejected rows as CSV' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('incidents-basic-rejected.csv');
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('line,reason,raw');
    expect(lines[1]).toMatch(/^7,"occurred_at ""not a date"" is not a date.*","CN-2016-0005,not a date,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example.test""),also not a date`);
    expect(csv).not.toMatch(/(^|,|")=HYPERLINK/m);
  });

  it('undoes an import: its incidents go, and the history says so', async () => {
    const { page } = await open();
    await dropFiles(page, [{ name: 'incidents-basic.csv', content: sample }]);
    await importFromWizard(page);
    await expect.poll(() => page.getByTestId('incident-count').innerText()).toBe('6');
    // The same file again: every row a duplicate of the first import.
    await dropFiles(page, [{ name: 'incidents-basic.csv', content: sample }]);
    await importFromWizard(page);
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toMatch(/6 duplicates/);

    await page.getByTestId('nav-import').click();
    const rows = page.locator('.history-table > tbody > tr:not(.history-detail)');
    await expect.poll(() => rows.count()).toBe(2);
    const first = rows.nth(1);
    expect(await first.innerText()).toMatch(/incidents-basic\.csv/);
    const second = rows.nth(0);
    await second.getByRole('button', { name: 'Duplicates' }).click();
    await expect.poll(() => page.locator('.history-detail').innerText()).toMatch(/2\s+#1\s+CN-2016-0001/);

    await first.getByTestId('import-undo').click();
    const confirm = page.getByRole('group', { name: 'Undo the import of incidents-basic.csv' });
    expect(await confirm.innerText()).toContain('Remove the 6 incidents this import stored?');
    await confirm.getByTestId('import-undo-confirm').click();
    await expect.poll(() => page.getByTestId('incident-count').innerText()).toBe('0');
    await expect.poll(() => first.innerText()).toMatch(/undone\s+\d{4}-\d{2}-\d{2}/);
    expect(await first.getByTestId('import-undo').count()).toBe(0);
  });
});

describe('the empty store', () => {
  it('loads the sample data, with the same progress and summary as an import', async () => {
    const { page } = await open();
    const button = page.getByTestId('load-sample');
    await button.waitFor({ state: 'visible' });
    await button.click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ state: 'visible', timeout: 45_000 });
    const text = await summary.innerText();
    expect(text).toContain('vigil-sample.csv');
    expect(text).toMatch(/[\d,]+ imported/);
    expect(text).toMatch(/[1-9][\d,]* duplicates/);
    await expect.poll(() => page.getByTestId('incident-row').count()).toBeGreaterThan(0);
    expect(Number((await page.getByTestId('incident-count').innerText()).replace(/,/g, ''))).toBeGreaterThan(
      19_000,
    );
  });
});
