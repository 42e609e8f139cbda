// The headline as the dashboard says it: the sentence, the changes, and the category table's order.
import { describe, expect, it } from 'vitest';
import { categoryRows } from '../../../src/renderer/src/dashboard/categoryRows';
import { headlineSentence } from '../../../src/renderer/src/format/headlineSentence';
import { signedPct } from '../../../src/renderer/src/format/percent';
import { periodText } from '../../../src/renderer/src/format/periodText';
import { i18n } from '../../../src/renderer/src/i18n/instance';
import type { Headline } from '../../../src/shared/domain';

const h: Headline = {
  period: { from: '2016-01-01', to: '2016-09-30' },
  comparison: { from: '2015-01-01', to: '2015-09-30' },
  previousPeriod: { from: '2015-04-02', to: '2015-12-31' },
  total: 42_360,
  previous: 20_037,
  yoyPct: 111.4,
  previousPeriodTotal: 30_000,
  changePct: 41.2,
  byCategory: {
    malware: { count: 10, previous: 7, yoyPct: 42.9, previousPeriodCount: 3, changePct: 233.3 },
    phishing: { count: 4, previous: 2, yoyPct: 100, previousPeriodCount: 2, changePct: 100 },
    ddos: { count: 1, previous: 0, yoyPct: null, previousPeriodCount: 0, changePct: null },
    defacement: { count: 0, previous: 3, yoyPct: -100, previousPeriodCount: 3, changePct: -100 },
  },
};

describe('the headline sentence', () => {
  it('says the period, the count and the change on the same period a year earlier', () => {
    expect(headlineSentence(h)).toBe(
      '1 January – 30 September 2016: 42,360 incidents, up 111.4% on the same period of 2015.',
    );
    expect(headlineSentence({ ...h, total: 1, previous: 2, yoyPct: -50 })).toBe(
      '1 January – 30 September 2016: 1 incident, down 50.0% on the same period of 2015.',
    );
    expect(headlineSentence({ ...h, previous: 0, yoyPct: null })).toMatch(/none in the same period of 2015/);
    expect(
      headlineSentence({
        ...h,
        period: { from: '2015-12-01', to: '2016-01-31' },
        comparison: { from: '2014-12-01', to: '2015-01-31' },
        previous: 42_360,
        yoyPct: 0,
      }),
    ).toBe('1 December 2015 – 31 January 2016: 42,360 incidents, level with the same dates a year earlier.');
  });

  it('says it as a Chinese briefing would when the window speaks Chinese', async () => {
    await i18n.changeLanguage('zh');
    try {
      expect(headlineSentence(h)).toBe(
        '2016年1月1日至9月30日共发生事件 42,360 起，较2015年同期上升 111.4%。',
      );
      expect(headlineSentence({ ...h, total: 1, previous: 2, yoyPct: -50 })).toBe(
        '2016年1月1日至9月30日共发生事件 1 起，较2015年同期下降 50.0%。',
      );
      expect(headlineSentence({ ...h, previous: 0, yoyPct: null })).toMatch(/2015年同期无事件可供比较。$/);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('writes periods and changes as the command line does', () => {
    expect(periodText({ from: '2016-02-29', to: '2016-02-29' })).toBe('29 February 2016');
    expect(periodText({ from: '2016-02-01', to: '2016-02-29' })).toBe('1 – 29 February 2016');
    expect(signedPct(12)).toBe('+12.0%');
    expect(signedPct(-3.5)).toBe('\u22123.5%');
    expect(signedPct(0)).toBe('0.0%');
    expect(signedPct(null)).toBe('n/a');
  });
});

describe('the category table', () => {
  it('sorts by count or by a change, with n/a last either way', () => {
    const order = (key: 'count' | 'yoyPct' | 'changePct', dir: 'asc' | 'desc'): string[] =>
      categoryRows(h, key, dir).map((r) => r.category);
    expect(order('count', 'desc')).toEqual(['malware', 'phishing', 'ddos', 'defacement']);
    expect(order('count', 'asc')).toEqual(['defacement', 'ddos', 'phishing', 'malware']);
    expect(order('changePct', 'desc')).toEqual(['malware', 'phishing', 'defacement', 'ddos']);
    expect(order('yoyPct', 'asc')).toEqual(['defacement', 'malware', 'phishing', 'ddos']);
  });
});
