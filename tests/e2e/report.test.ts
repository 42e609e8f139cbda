// The briefing report in Chromium on a generated sample imported through the command line: opened by
// its address, printed to PDF as Chromium prints it (the page's own paper size), read back with
// pdftotext: the period, the total and the change `vigil stats` gives, the marking at the top and the
// bottom of every page, "Page X of Y" on each, and the dataset stamp. Letter paper prints as Letter,
// Chinese as Chinese, read back whole (the CJK font comes from fonts-noto-cjk); a saved report
// reopens with the same numbers and regenerates as "same data".
// The pages are rendered to PNG (pdftoppm) beside the PDF, for a person to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Headline } from '../../src/shared/domain';
import { CLI, ROOT, type Served } from './harness';
import { journeys } from './journey';

const { open } = journeys();
let served: Served;

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function vigil(...args: string[]): string {
  return run(process.execPath, [CLI, ...args]);
}

function stats(from: string, to: string): Headline {
  return JSON.parse(
    vigil('stats', '--db', served.storePath, '--from', from, '--to', to, '--json'),
  ) as Headline;
}

function withSample(s: Served): void {
  served = s;
  const sample = join(s.dir, 'sample.csv');
  vigil('sample', '--rows', '5000', '--out', sample);
  vigil('import', sample, '--db', s.storePath);
}

function pct(value: number | null): string {
  if (value === null) return 'n/a';
  return `${value > 0 ? '+' : value < 0 ? '\u2212' : ''}${Math.abs(value).toFixed(1)}%`;
}

async function openReport(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId('report-document').waitFor({ state: 'visible' });
  await page.getByTestId('report-stamp-hash').waitFor({ state: 'visible' });
}

/**
 * Prints the page to a PDF in the served folder and returns its text, one string per page: laid out
 * as on paper, or `-raw` in content order (a Chinese line with Latin digits then reads as one line).
 */
async function printed(
  page: Page,
  name: string,
  mode: '-layout' | '-raw' = '-layout',
): Promise<{ path: string; pages: string[] }> {
  const path = join(served.dir, name);
  await page.pdf({ path, preferCSSPageSize: true });
  const text = run('pdftotext', [mode, path, '-']);
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  return { path, pages };
}

describe('the briefing report', () => {
  it('prints the period, the figures of vigil stats, the marking and page numbers on every page, and the stamp', async () => {
    const { page } = await open(withSample);
    const h = stats('2016-01-01', '2016-09-30');
    expect(h.total).toBeGreaterThan(0);
    await openReport(page, '#/report?from=2016-01-01&to=2016-09-30&marking=TLP%3ARED');
    await expect
      .poll(() => page.getByTestId('report-total').innerText())
      .toBe(h.total.toLocaleString('en-US'));
    expect(await page.getByTestId('report-yoy').innerText()).toBe(pct(h.yoyPct));
    const hash = await page.getByTestId('report-stamp-hash').innerText();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const { path, pages } = await printed(page, 'report.pdf');
    expect(pages.length).toBeGreaterThan(1);
    expect(run('pdfinfo', [path])).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    pages.forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      expect(lines[0]?.trim()).toBe('TLP:RED');
      expect(lines.at(-1)).toMatch(
        new RegExp(`^\\s*TLP:RED\\s+Page ${String(i + 1)} of ${String(pages.length)}$`),
      );
    });
    const all = pages.join('\n');
    expect(all).toContain('1 January – 30 September 2016');
    expect(all).toContain(
      `Between 1 January and 30 September 2016, ${h.total.toLocaleString('en-US')} incidents were recorded`,
    );
    expect(all).toContain(h.total.toLocaleString('en-US'));
    expect(all).toContain(pct(h.yoyPct));
    const flat = all.replace(/\s+/g, '');
    expect(flat).toContain(hash);
    expect(all).toMatch(/Incidents counted\s+[\d,]+/);
    expect(all).toContain('sample.csv');

    // A person looks at these; the test checks they were drawn.
    run('pdftoppm', ['-png', '-r', '50', path, join(served.dir, 'page')]);
    expect(readdirSync(served.dir).filter((f) => /^page-\d+\.png$/.test(f))).toHaveLength(pages.length);
  });

  it('prints on Letter, in Chinese, with a free-text marking', async () => {
    const { page } = await open(withSample);
    const h = stats('2016-01-01', '2016-06-30');
    await openReport(
      page,
      `#/report?from=2016-01-01&to=2016-06-30&marking=${encodeURIComponent('内部资料 注意保密')}&paper=letter&lang=zh`,
    );
    const summary = await page.getByTestId('report-summary').innerText();
    expect(summary).toContain(`2016年1月1日至6月30日，共监测到事件${h.total.toLocaleString('en-US')}起`);
    // The text is read back whole: Chinese prints in a CJK font (fonts-noto-cjk, which .ci/run installs).
    const { path, pages } = await printed(page, 'letter.pdf', '-raw');
    expect(run('pdfinfo', [path])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      const lines = text.split('\n').map((l) => l.trim());
      // The marking's margin boxes, at the top and at the bottom of the page.
      expect(lines.filter((l) => l === '内部资料 注意保密')).toHaveLength(2);
      expect(lines).toContain(`第 ${String(i + 1)} 页，共 ${String(pages.length)} 页`);
    });
    const flat = pages.join('').replace(/\s+/g, '');
    expect(flat).toContain(summary.replace(/\s+/g, ''));
    expect(flat).toContain(`2016年1月1日至6月30日，共监测到事件${h.total.toLocaleString('en-US')}起`);
    expect(flat).toContain('网络安全事件通报');
  });

  it('is saved, reopened with the same numbers, regenerated as the same data, and copied for the next period', async () => {
    const { page } = await open(withSample);
    await openReport(page, '#/report?from=2016-01-01&to=2016-06-30');
    await page.getByTestId('report-title-input').fill('First half 2016');
    await page.getByTestId('report-commentary-input').fill('Phishing against banks <b>rose</b>.');
    await page.getByTestId('report-save').click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toMatch(/^#\/report\?id=\d+&from=2016-01-01/);
    const total = await page.getByTestId('report-total').innerText();
    const hash = await page.getByTestId('report-stamp-hash').innerText();

    await page.reload();
    await page.getByTestId('report-document').waitFor({ state: 'visible' });
    await expect.poll(() => page.getByTestId('report-title').innerText()).toBe('First half 2016');
    expect(await page.getByTestId('report-total').innerText()).toBe(total);
    expect(await page.getByTestId('report-commentary-input').inputValue()).toBe(
      'Phishing against banks <b>rose</b>.',
    );
    expect(await page.locator('.report-commentary b').count()).toBe(0);

    await page.getByTestId('report-regenerate').click();
    const notice = page.getByTestId('report-regeneration');
    await expect.poll(() => notice.getAttribute('data-same')).toBe('true');
    expect(await notice.innerText()).toContain('Same data, same numbers');
    expect(await page.getByTestId('report-stamp-hash').innerText()).toBe(hash);

    await page.getByTestId('report-duplicate-next').first().click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toMatch(/from=2016-07-01&to=2016-12-31/);
    await expect.poll(() => page.getByTestId('report-saved-row').count()).toBe(2);
    expect(existsSync(served.storePath)).toBe(true);
  });
});
