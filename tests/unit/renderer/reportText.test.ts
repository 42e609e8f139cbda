// The printed report speaks its own language whatever the window speaks: its headings, page numbers,
// periods, numbers and category and severity names come in the report's language.
import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/shared/i18n/resources';
import {
  bucketName,
  categoryName,
  changeText,
  dateLabel,
  pageWording,
  periodLabel,
  severityName,
  words,
} from '../../../src/renderer/src/report/reportText';

const HEADINGS = ['headline', 'trend', 'breakdowns', 'notable', 'alerts', 'quality', 'method'] as const;

describe('the report document words', () => {
  it('has every section heading in English and in Chinese', () => {
    expect(HEADINGS.map((key) => words('en')(key))).toEqual([
      '1. Headline figures and summary',
      '2. Trend and categories',
      '3. Regions, sectors and targets',
      '4. Notable incidents',
      '5. Alerts fired in the period',
      '6. Data quality and commentary',
      '7. Method and dataset stamp',
    ]);
    for (const key of HEADINGS) expect(words('zh')(key)).toMatch(/^[一二三四五六七]、\p{Script=Han}+/u);
    expect(words('zh')('defaultTitle')).toBe('网络安全事件通报');
    expect(words('en')('defaultTitle')).toBe('Cybersecurity incident briefing');
  });

  it('is the document part of the report catalog in both languages, whatever the window speaks', () => {
    const en = resources.en.report as { document: Record<string, unknown> };
    const zh = resources.zh.report as { document: Record<string, unknown> };
    expect(Object.keys(zh.document).sort()).toEqual(Object.keys(en.document).sort());
    expect(words('zh')('notableNote', { shown: 20, total: 1204 })).toBe(
      '本时段特别重大和重大事件共 1,204 起，列出 20 起（按级别和时间倒序）。',
    );
    expect(words('en')('notableNote', { shown: 20, total: 1204 })).toBe(
      '20 of 1,204 critical and high incidents of the period, most severe and latest first.',
    );
  });

  it('words the page numbers around the numbers the printer fills in', () => {
    expect(pageWording('en')).toEqual({ before: 'Page ', middle: ' of ', after: '' });
    expect(pageWording('zh')).toEqual({ before: '第 ', middle: ' 页，共 ', after: ' 页' });
  });

  it('writes periods, dates, buckets, changes and names in the report language', () => {
    const period = { from: '2016-01-01', to: '2016-09-30' };
    expect(periodLabel(period, 'en')).toBe('1 January – 30 September 2016');
    expect(periodLabel(period, 'zh')).toBe('2016年1月1日至9月30日');
    expect(dateLabel('2016-10-08', 'zh')).toBe('2016年10月8日');
    expect(bucketName('week', 'en')).toBe('ISO week');
    expect(bucketName('week', 'zh')).toBe('周');
    expect(changeText(null, 'en')).toBe('n/a');
    expect(changeText(null, 'zh')).toBe('不适用');
    expect(changeText(-3.5, 'zh')).toBe('\u22123.5%');
    expect(categoryName('phishing', 'zh')).toBe('网页仿冒');
    expect(categoryName('phishing', 'en')).toBe('Phishing');
    expect(severityName('critical', 'en')).toBe('Critical');
    expect(severityName('critical', 'zh')).toBe('特别重大');
    expect(severityName('P1', 'zh')).toBe('P1');
  });
});
