// The analyst's whole job in each language, from drop to printed briefing: a browser whose locale is
// Chinese gets a Chinese workstation without choosing anything (the operating system decides until
// Settings does), imports a GB18030 export with Chinese headers, filters, searches, reads the
// dashboard and prints the report, which is read back from the PDF in that language. In Chinese, no
// English sentence of the catalogs may show anywhere on the way.
import iconv from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { categoryName } from '../../src/shared/i18n/format';
import type { Language } from '../../src/shared/i18n/languages';
import { translator } from '../../src/shared/i18n/message';
import { english } from '../../src/shared/i18n/resources';
import { periodText } from '../../src/shared/periodText';
import { dropFiles, importFromWizard, ROOT, type Served } from './harness';
import { journeys } from './journey';

const { open } = journeys();

const chinese = [
  '事件编号,发现时间,事件类型,级别,受影响目标,地区,行业,事件描述,报送单位',
  'A-001,2016/3/30 10:05,网页仿冒,高,http://bank.example.cn/,北京,金融,"仿冒某银行登录页面,已通报",国家中心',
  'A-002,2016/4/02 08:00,网站后门,较大,gov.example.cn,上海,政府,发现 WebShell,省中心',
  'A-003,2016/4/03,网页仿冒,一般,shop.example.cn,广东,电商,仿冒购物网站,省中心',
  'A-004,坏日期,网页篡改,低,x.example.cn,浙江,教育,首页被篡改,省中心',
].join('\r\n');
const chineseBytes = [...iconv.encode(chinese, 'gb18030')];

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Every English sentence of the catalogs: the literal runs of two words or more between placeholders. */
function englishPhrases(): string[] {
  const phrases = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const part of node.split(/\{\{[^}]*\}\}|<\/?\w+\s*\/?>/)) {
        const phrase = part.trim();
        if (phrase.length >= 14 && /^[A-Za-z]/.test(phrase) && phrase.split(/\s+/).length >= 3)
          phrases.add(phrase);
      }
    } else if (node !== null && typeof node === 'object') {
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(english);
  return [...phrases];
}

const PHRASES = englishPhrases();

async function noEnglishIn(page: Page, where: string): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(
    PHRASES.filter((phrase) => text.includes(phrase)),
    `English left in ${where}`,
  ).toEqual([]);
}

async function go(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId(ready).first().waitFor({ state: 'visible' });
  await page.waitForTimeout(500);
}

function journey(language: Language, locale: string): void {
  const t = translator(language);
  it(`${language}: drop, map, import, filter, search, dashboard and a printed briefing`, async () => {
    let served: Served | undefined;
    const { page } = await open((s) => {
      served = s;
    }, locale);
    if (served === undefined) throw new Error('no store');
    // The browser's locale decides the language until Settings does.
    await expect.poll(() => page.getByTestId('nav-incidents').innerText()).toBe(t('nav.incidents'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(
      language === 'zh' ? 'zh-CN' : 'en-GB',
    );

    // Drop a GB18030 export with Chinese headers and import it as suggested.
    await dropFiles(page, [{ name: '2016年通报.csv', content: chineseBytes }]);
    await page.getByTestId('preview-table').waitFor({ state: 'visible' });
    await importFromWizard(page);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ state: 'visible' });
    await expect.poll(() => page.getByTestId('incident-count').innerText()).toBe('3');
    const summaryText = await summary.innerText();
    if (language === 'zh') {
      await noEnglishIn(page, 'the import summary');
      expect(summaryText).toMatch(/[\u4e00-\u9fff]/);
    }

    // The table: a facet value, a search, a row opened.
    await page.getByTestId('nav-incidents').click();
    await expect.poll(() => page.getByTestId('incident-row').count()).toBe(3);
    const phishing = categoryName('phishing', language);
    await page
      .getByRole('button', { name: new RegExp(`^${phishing}`) })
      .first()
      .click();
    await expect.poll(() => page.getByTestId('incident-row').count()).toBe(2);
    await page.keyboard.press('/');
    await page.keyboard.type('购物');
    await expect.poll(() => page.getByTestId('incident-row').count()).toBe(1);
    await page.getByTestId('incident-row').first().click();
    await page.keyboard.press('Enter');
    await page.getByTestId('detail-pane').waitFor({ state: 'visible' });
    expect(await page.getByTestId('detail-pane').innerText()).toContain('仿冒购物网站');
    if (language === 'zh') await noEnglishIn(page, 'the incident table');

    // The dashboard over the file's months.
    await go(page, '#/dashboard?from=2016-03-01&to=2016-04-30', 'headline-total');
    await expect.poll(() => page.getByTestId('headline-total').innerText()).toBe('3');
    expect(await page.getByTestId('period-text').innerText()).toContain(
      periodText({ from: '2016-03-01', to: '2016-04-30' }, language),
    );
    if (language === 'zh') await noEnglishIn(page, 'the dashboard');

    // Settings, Help and Alerts speak the language too.
    for (const [hash, ready] of [
      ['#/settings', 'settings-view'],
      ['#/help', 'help-view'],
      ['#/alerts', 'rule-row'],
      ['#/import', 'import-undo'],
    ] as const) {
      await go(page, hash, ready);
      if (language === 'zh') await noEnglishIn(page, hash);
    }

    // The briefing, in the window's language, printed and read back.
    await go(page, '#/report?from=2016-03-01&to=2016-04-30', 'report-document');
    await page.getByTestId('report-stamp-hash').waitFor({ state: 'visible' });
    if (language === 'zh') await noEnglishIn(page, 'the report view');
    const pdf = join(served.dir, `briefing-${language}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const printed = run('pdftotext', ['-raw', pdf, '-']);
    expect(printed).toContain(periodText({ from: '2016-03-01', to: '2016-04-30' }, language));
    expect(printed).toContain(categoryName('phishing', language));
    if (language === 'zh') {
      for (const phrase of PHRASES) expect(printed, 'English in the Chinese PDF').not.toContain(phrase);
    }
  }, 120_000);
}

describe('the workstation in each language', () => {
  journey('en', 'en-US');
  journey('zh', 'zh-CN');
});
