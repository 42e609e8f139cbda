// The summary a report opens with, written from the numbers in English and Chinese: hand-checked
// sentences for a rise, a fall, a level year, nothing to compare with (n/a), an empty period, one
// category and several, across a year boundary and on a single day.
import { describe, expect, it } from 'vitest';
import type { CategoryHeadline, Headline } from '../../src/shared/domain';
import { previousPeriod, yearEarlier, yoyPct, type Period } from '../../src/shared/period';
import type { CategoryCode } from '../../src/shared/taxonomy';
import { summaryChinese } from '../../src/main/report/summaryChinese';
import { summaryEnglish } from '../../src/main/report/summaryEnglish';
import { summaryFacts } from '../../src/main/report/summaryFacts';

/** A headline from counts per category: [count, count a year earlier]. */
function headline(period: Period, counts: Partial<Record<CategoryCode, [number, number]>>): Headline {
  const byCategory: Partial<Record<CategoryCode, CategoryHeadline>> = {};
  let total = 0;
  let previous = 0;
  const sorted = (Object.entries(counts) as [CategoryCode, [number, number]][]).sort(
    (a, b) => b[1][0] - a[1][0],
  );
  for (const [code, [count, before]] of sorted) {
    byCategory[code] = {
      count,
      previous: before,
      yoyPct: yoyPct(count, before),
      previousPeriodCount: 0,
      changePct: null,
    };
    total += count;
    previous += before;
  }
  return {
    period,
    comparison: yearEarlier(period),
    previousPeriod: previousPeriod(period),
    total,
    previous,
    yoyPct: yoyPct(total, previous),
    previousPeriodTotal: 0,
    changePct: null,
    byCategory,
  };
}

const H1_2016: Period = { from: '2016-01-01', to: '2016-06-30' };

function both(h: Headline, scope: CategoryCode[] = []): { en: string; zh: string } {
  const facts = summaryFacts(h, scope);
  return { en: summaryEnglish(facts), zh: summaryChinese(facts) };
}

describe('report summary', () => {
  it('states the total, the rise, the fastest-growing and the largest category', () => {
    // 12,480 against 9,096: 3,384 / 9,096 = 37.20%; phishing 1,450 against 800: +81.25% → +81.3%;
    // malware 4,210 of 12,480 = 33.73%.
    const h = headline(H1_2016, {
      malware: [4210, 3900],
      phishing: [1450, 800],
      ddos: [3000, 2396],
      scanning: [3820, 2000 - 0],
    });
    expect(h.total).toBe(12480);
    expect(h.previous).toBe(9096);
    const { en, zh } = both(h);
    expect(en).toBe(
      'Between 1 January and 30 June 2016, 12,480 incidents were recorded, up 37.2% on the same period of 2015; ' +
        'scanning grew fastest, +91.0%; malware infection was the largest category, with 4,210 incidents (33.7%).',
    );
    expect(zh).toBe(
      '2016年1月1日至6月30日，共监测到事件12,480起，同比上升37.2%；其中扫描探测增长最快，同比上升91.0%；' +
        '恶意程序数量最多，共4,210起，占33.7%。',
    );
  });

  it('names phishing as the fastest riser when it rose most', () => {
    const h = headline(H1_2016, { malware: [4210, 4000], phishing: [1450, 800] });
    expect(both(h).en).toContain('phishing grew fastest, +81.3%');
    expect(both(h).zh).toContain('其中网页仿冒增长最快，同比上升81.3%');
  });

  it('says n/a where the same period a year earlier had no incidents', () => {
    const h = headline(H1_2016, { phishing: [12, 0], malware: [3, 0] });
    const { en, zh } = both(h);
    expect(en).toBe(
      'Between 1 January and 30 June 2016, 15 incidents were recorded, against none in the same period of 2015 (change n/a); ' +
        'phishing was the largest category, with 12 incidents (80.0%).',
    );
    expect(zh).toBe(
      '2016年1月1日至6月30日，共监测到事件15起，去年同期无此类事件，同比变化无法计算；网页仿冒数量最多，共12起，占80.0%。',
    );
  });

  it('words a fall and leaves out "fastest" when nothing rose', () => {
    const h = headline({ from: '2015-12-01', to: '2016-02-29' }, { ddos: [50, 100], malware: [70, 80] });
    const { en, zh } = both(h);
    // 120 against 180: −33.33% → 33.3%; the comparison 2014-12-01..2015-02-28 spans two years.
    expect(en).toBe(
      'Between 1 December 2015 and 29 February 2016, 120 incidents were recorded, down 33.3% on the same dates a year earlier; ' +
        'malware infection was the largest category, with 70 incidents (58.3%).',
    );
    expect(zh).toBe(
      '2015年12月1日至2016年2月29日，共监测到事件120起，同比下降33.3%；恶意程序数量最多，共70起，占58.3%。',
    );
  });

  it('says level, and names the one category a report is limited to', () => {
    const h = headline({ from: '2016-03-03', to: '2016-03-03' }, { phishing: [1, 1] });
    const { en, zh } = both(h, ['phishing']);
    expect(en).toBe('On 3 March 2016, 1 phishing incident was recorded, level with the same period of 2015.');
    expect(zh).toBe('2016年3月3日，共监测到网页仿冒事件1起，与去年同期持平。');
  });

  it('says when nothing was recorded, with the year before when it had some', () => {
    const h = headline(H1_2016, { malware: [0, 40] });
    const { en, zh } = both(h);
    expect(en).toBe(
      'Between 1 January and 30 June 2016, no incidents were recorded, against 40 in the same period of 2015.',
    );
    expect(zh).toBe('2016年1月1日至6月30日，未监测到事件，去年同期为40起。');
    const none = both(headline(H1_2016, {}), ['ddos', 'phishing']);
    expect(none.en).toBe(
      'Between 1 January and 30 June 2016, no incidents in the categories reported (phishing, denial of service) were recorded.',
    );
    expect(none.zh).toBe('2016年1月1日至6月30日，未监测到所选类别（网页仿冒、拒绝服务攻击）事件。');
  });

  it('keeps uncategorized incidents out of fastest and largest, and the capitals of acronyms', () => {
    const h = headline(H1_2016, { uncategorized: [900, 10], botnet_c2: [40, 20], spam: [30, 29] });
    const { en } = both(h);
    // 40 of 970 = 4.12%; 970 against 59 = +1,544.1%.
    expect(en).toBe(
      'Between 1 January and 30 June 2016, 970 incidents were recorded, up 1,544.1% on the same period of 2015; ' +
        'botnet C2 / malware hosting grew fastest, +100.0%, and was the largest category, with 40 incidents (4.1%).',
    );
    expect(both(h).zh).toBe(
      '2016年1月1日至6月30日，共监测到事件970起，同比上升1,544.1%；其中控制端增长最快，同比上升100.0%，且数量最多，共40起，占4.1%。',
    );
  });
});
