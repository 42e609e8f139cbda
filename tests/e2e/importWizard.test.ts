// The import wizard in Chromium: a Chinese export in GB18030 read and mapped as suggested, a mapping
// changed by hand (with the preview following), and the changed mapping remembered for the next file.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dropFiles, importFromWizard } from './harness';
import { journeys } from './journey';

const { open } = journeys();

const chinese = [
  '事件编号,发现时间,事件类型,级别,受影响目标,地区,行业,事件描述,报送单位',
  'A-001,2015/9/30 10:05,网页仿冒,高,http://bank.example.cn/,北京,金融,"仿冒某银行登录页面,已通报",国家中心',
  'A-002,2015/10/02 08:00,网站后门,较大,gov.example.cn,上海,政府,发现 WebShell,省中心',
  'A-003,2015/10/03,未知类型,一般,shop.example.cn,广东,电商,待核实,省中心',
  'A-004,坏日期,网页篡改,低,x.example.cn,浙江,教育,首页被篡改,省中心',
  'A-002,2015/10/02 08:00,网站后门,较大,gov.example.cn,上海,政府,发现 WebShell,省中心',
].join('\r\n');

/** The file's bytes as GB18030, as Chinese spreadsheet programs save CSV. */
const chineseBytes = [...iconv.encode(chinese, 'gb18030')];

const ambiguous = [
  'external_id,occurred_at,category,title',
  'X-1,03/04/2016 10:00,phishing,First',
  'X-2,05/06/2016 11:00,ddos,Second',
].join('\n');

describe('the import wizard', () => {
  it('reads a GB18030 export with Chinese headers, maps it as suggested and imports it', async () => {
    const { page } = await open();
    await dropFiles(page, [{ name: 'cncert-2015.csv', content: chineseBytes }]);
    const file = page.getByTestId('wizard-file');
    await page.getByTestId('preview-table').waitFor({ state: 'visible' });

    const encoding = file.getByTestId('wizard-encoding');
    expect(await encoding.inputValue()).toBe('gb18030');
    expect(await encoding.locator('option:checked').innerText()).toBe('GB18030');
    expect(await file.getByTestId('mapping-origin').innerText()).toContain('Suggested from the header');
    const suggested = {
      external_id: 0,
      detected_at: 1,
      category: 2,
      severity: 3,
      asset: 4,
      region: 5,
      sector: 6,
      description: 7,
      reporter: 8,
    };
    for (const [field, column] of Object.entries(suggested)) {
      expect(await page.getByTestId(`mapping-field-${field}`).inputValue(), field).toBe(
        `column:${String(column)}`,
      );
    }
    expect(await page.getByTestId('mapping-field-occurred_at').inputValue()).toBe('none');

    // Rows as they will be stored: parsed times, canonical categories, problems in their cells.
    const preview = await page.getByTestId('preview-table').innerText();
    expect(preview).toContain('2015-09-30T10:05:00Z');
    expect(preview).toContain('Phishing');
    expect(preview).toMatch(/rejected: detected_at "坏日期" is not a date/);
    expect(preview).toMatch(/the label "未知类型" is not mapped to a category yet/);

    await importFromWizard(page);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ state: 'visible' });
    const text = await summary.innerText();
    expect(text).toMatch(/3 imported/);
    expect(text).toMatch(/1 duplicate\b/);
    expect(text).toMatch(/1 rejected/);
    expect(text).toMatch(/no occurred_at column: occurrence times were read from detected_at/);

    // The duplicate says which line repeats which incident.
    await summary.getByText(/1 duplicate in cncert-2015\.csv/).click();
    expect(await summary.locator('.duplicate-table').innerText()).toMatch(/6\s+#2\s+A-002/);

    // The unknown label can be given a category from the summary.
    const label = page.getByTestId('unknown-label');
    expect(await label.count()).toBe(1);
    expect(await label.innerText()).toContain('未知类型');
    await label.locator('select').selectOption('vulnerability');
    await label.getByRole('button', { name: 'Map' }).click();
    await expect.poll(() => label.innerText()).toMatch(/1 incident re-categorized/);

    await expect.poll(() => page.getByTestId('incident-count').innerText()).toBe('3');
    await page.getByTestId('nav-incidents').click();
    await expect.poll(() => page.getByTestId('incident-row').count()).toBe(3);
    const table = await page.getByTestId('incident-table').innerText();
    expect(table).toContain('http://bank.example.cn/');
    expect(table).toContain('Website backdoor');
    expect(table).toContain('Vulnerability');
  });

  it('follows a changed mapping in the preview, and remembers it for the next file with that header', async () => {
    const { page } = await open();
    await dropFiles(page, [{ name: 'ambiguous.csv', content: ambiguous }]);
    const previewTable = page.getByTestId('preview-table');
    await previewTable.waitFor({ state: 'visible' });
    // No value decides between D/M and M/D: day first is assumed, and said so.
    expect(await page.getByTestId('date-format').locator('option:checked').innerText()).toMatch(
      /^Automatic \(detected: D\/M\/YYYY/,
    );
    await expect.poll(() => previewTable.innerText()).toContain('2016-04-03T10:00:00Z');
    expect(await previewTable.innerText()).not.toContain('Source');

    await page.getByTestId('mapping-field-source').selectOption('constant');
    await page.getByLabel('Source: value for every row').fill('CNCERT');
    await expect.poll(() => previewTable.innerText()).toMatch(/Source[\s\S]*CNCERT[\s\S]*CNCERT/);

    await page.getByTestId('date-format').selectOption('mdy');
    await expect.poll(() => previewTable.innerText()).toContain('2016-03-04T10:00:00Z');
    expect(await previewTable.innerText()).toContain('2016-05-06T11:00:00Z');

    await page.getByTestId('time-zone').selectOption('Asia/Shanghai');
    await expect.poll(() => previewTable.innerText()).toContain('2016-03-04T02:00:00Z');

    // Changed from the suggestion: saving it is proposed, under the file's name.
    const file = page.getByTestId('wizard-file');
    expect(await file.getByTestId('mapping-origin').innerText()).toContain('changed by you');
    expect(await file.getByLabel('Save mapping as').isChecked()).toBe(true);
    expect(await file.getByLabel('Name of the saved mapping').inputValue()).toBe('ambiguous');

    await importFromWizard(page);
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toMatch(/2 imported/);
    expect(await page.locator('.mappings-table').innerText()).toContain('ambiguous');

    // The next file with the same header is mapped the same way, by itself.
    const next = ambiguous.replace('X-1', 'X-3').replace('X-2', 'X-4');
    await dropFiles(page, [{ name: 'next.csv', content: next }]);
    await expect
      .poll(() => page.getByTestId('mapping-origin').innerText())
      .toContain('Saved mapping “ambiguous” applied');
    expect(await page.getByTestId('mapping-field-source').inputValue()).toBe('constant');
    expect(await page.getByTestId('date-format').inputValue()).toBe('mdy');
    expect(await page.getByTestId('time-zone').inputValue()).toBe('Asia/Shanghai');
    await expect.poll(() => previewTable.innerText()).toContain('2016-03-04T02:00:00Z');
    await importFromWizard(page);
    await expect.poll(() => page.getByTestId('incident-count').innerText()).toBe('4');
    await page.getByTestId('nav-incidents').click();
    await expect.poll(() => page.getByTestId('incident-row').count()).toBe(4);
    expect(await page.getByTestId('incident-table').innerText()).toContain('CNCERT');
  });
});
