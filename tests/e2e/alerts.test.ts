// Pre-alerting in Chromium: a file with a surge dropped on the window raises an alert (the badge on
// the navigation, the alert explained in the list), whose link opens exactly the incidents it counted,
// and which, acknowledged, leaves the badge. Then the rules: a new rule refused with a message beside
// the field until it is right, and a backtest drawn.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, STATS_TIME_ZONE, todayIn } from '../../src/shared/period';
import { CLI, dropFiles, importFromWizard, ROOT } from './harness';
import { journeys } from './journey';

const { open } = journeys();

/** Nine quiet weeks of phishing and malware (3 a day each) up to today, and 20 phishing a day this week. */
function surgeCsv(today: string): string {
  const rows = ['external_id,occurred_at,category,title'];
  for (let back = 0; back < 9 * 7; back++) {
    const day = addDays(today, -back);
    const phishing = back < 7 ? 20 : 3;
    for (let i = 0; i < phishing; i++)
      rows.push(`P-${day}-${String(i)},${day}T09:00:00Z,phishing,lure ${String(i)}`);
    for (let i = 0; i < 3; i++) rows.push(`M-${day}-${String(i)},${day}T11:00:00Z,malware,bot ${String(i)}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('alerts', () => {
  it('raises an alert for a surge: badge, explanation, the incidents it counted, acknowledged', async () => {
    const { page } = await open();
    const today = todayIn(STATS_TIME_ZONE, new Date());
    const from = addDays(today, -6);
    await page.getByTestId('nav-alerts').waitFor({ state: 'visible' });
    expect(await page.getByTestId('alerts-badge').count()).toBe(0);

    await dropFiles(page, [{ name: 'surge.csv', content: surgeCsv(today) }]);
    await importFromWizard(page);
    await page.getByTestId('import-summary').waitFor({ state: 'visible' });
    const badge = page.getByTestId('alerts-badge');
    await expect.poll(() => badge.textContent()).toBe('1 new');

    await page.getByTestId('nav-alerts').click();
    const row = page.locator('[data-testid="alert-row"][data-rule="Surge: phishing"]');
    await row.waitFor({ state: 'visible' });
    expect(await page.getByTestId('alert-row').count()).toBe(1);
    expect(await row.getByTestId('alert-message').innerText()).toMatch(
      /^phishing: 140 incidents in the 7 days to \d+ \w{3} \d{4}, 6\.7x the 8-week average of 21 ± 4\.6$/,
    );
    expect(await row.getByTestId('alert-status').innerText()).toBe('New');

    await row.getByTestId('alert-link').click();
    await expect.poll(() => page.url()).toContain(`#/incidents?category=phishing&from=${from}&to=${today}`);
    await expect.poll(() => page.getByTestId('incident-total').innerText()).toBe('140 incidents');

    await page.goBack();
    await row.getByTestId('alert-ack').click();
    await expect.poll(() => row.getByTestId('alert-status').innerText()).toBe('Acknowledged');
    await expect.poll(() => badge.count()).toBe(0);
  });

  it('refuses a rule with a message beside the field, saves it once right, and backtests a rule', async () => {
    const today = todayIn(STATS_TIME_ZONE, new Date());
    const { page } = await open((served) => {
      const file = join(served.dir, 'surge.csv');
      writeFileSync(file, surgeCsv(today));
      const result = spawnSync(process.execPath, [CLI, 'import', file, '--db', served.storePath], {
        cwd: ROOT,
      });
      if (result.status !== 0) throw new Error(`vigil import failed: ${result.stderr.toString()}`);
    });
    await page.getByTestId('nav-alerts').click();
    await page.getByTestId('rule-new').click();
    await page.getByTestId('rule-name').fill('Busy phishing');
    await page.getByTestId('rule-kind').selectOption('threshold');
    await page.getByTestId('rule-category-phishing').check();
    await page.getByTestId('rule-windowLength').fill('0');
    await page.getByTestId('rule-atLeast').fill('-5');
    await page.getByTestId('rule-save').click();
    expect(await page.getByTestId('rule-problem-rule-windowLength').innerText()).toBe(
      'A window cannot be empty: give it at least 1 day',
    );
    expect(await page.getByTestId('rule-problem-rule-atLeast').innerText()).toBe(
      'The threshold cannot be negative',
    );
    await page.getByTestId('rule-windowLength').fill('36');
    await page.getByTestId('rule-windowUnit').selectOption('hours');
    expect(await page.getByTestId('rule-problem-rule-windowLength').innerText()).toMatch(
      /^36 hours is not a whole number of days\. Incidents are counted per day/,
    );
    await page.getByTestId('rule-windowLength').fill('48');
    await page.getByTestId('rule-atLeast').fill('30');
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-editor').waitFor({ state: 'detached' });
    const saved = page.locator('[data-testid="rule-row"][data-rule="Busy phishing"]');
    await saved.waitFor({ state: 'visible' });
    expect(await saved.innerText()).toContain('at least 30 incidents');

    await page
      .locator('[data-testid="rule-row"][data-rule="Surge: phishing"]')
      .getByTestId('rule-backtest')
      .click();
    const panel = page.getByTestId('backtest-panel');
    await expect
      .poll(() => panel.getByTestId('backtest-summary').innerText())
      .toMatch(/^Surge: phishing from .* to .*: would have fired on [1-7] of 365 days\.$/);
    expect(await panel.getByTestId('backtest-fired-row').count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        panel.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
          const context = canvas.getContext('2d');
          if (!context) return 0;
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
          return n;
        }),
      )
      .toBeGreaterThan(500);
  });
});
