// The data-quality verdict, the share format it uses, and the category toggle of cross-filtering.
import { describe, expect, it } from 'vitest';
import { qualitySentence, rejectedTotal } from '../../../src/renderer/src/dashboard/qualitySentence';
import { toggleCategory } from '../../../src/renderer/src/dashboard/toggleCategory';
import { sharePct } from '../../../src/renderer/src/format/percent';
import { i18n } from '../../../src/renderer/src/i18n/instance';
import type { DataQuality } from '../../../src/shared/domain';

function quality(
  shares: { uncategorized: number; source: number; region: number },
  rejected = 0,
): DataQuality {
  const total = 1000;
  const cs = (share: number) => ({ count: Math.round(share * total), share });
  return {
    period: { from: '2016-01-01', to: '2016-12-31' },
    total,
    uncategorized: cs(shares.uncategorized),
    withoutSource: cs(shares.source),
    withoutRegion: cs(shares.region),
    unknownLabels: [],
    rejectedByImport: [],
    rejectedBySource:
      rejected === 0
        ? []
        : [
            { source: null, rejected: rejected - 1, imports: 1 },
            { source: 'cert', rejected: 1, imports: 1 },
          ],
  };
}

describe('sharePct', () => {
  it('shows one decimal, and never rounds a few rows away', () => {
    expect(sharePct(0.1234)).toBe('12.3%');
    expect(sharePct(0)).toBe('0.0%');
    expect(sharePct(1)).toBe('100.0%');
    expect(sharePct(0.0001)).toBe('<0.1%');
  });
});

describe('qualitySentence', () => {
  it('trusts figures with small gaps, and counts the rejects', () => {
    const q = quality({ uncategorized: 0.002, source: 0, region: 0.005 }, 3);
    expect(rejectedTotal(q)).toBe(3);
    expect(qualitySentence(q)).toBe(
      'The figures can be read as they are; 3 rejected rows from imports are in none of the figures.',
    );
  });

  it('names the dimensions to read as lower bounds', () => {
    expect(qualitySentence(quality({ uncategorized: 0.03, source: 0.05, region: 0 }))).toBe(
      'Read the figures by category, source as lower bounds; no imported row was rejected.',
    );
  });

  it('warns about the worst gap when it is large', () => {
    expect(qualitySentence(quality({ uncategorized: 0.02, source: 0, region: 0.4 }))).toMatch(
      /^Treat the breakdown by region with caution: 40\.0% of the incidents have none;/,
    );
  });

  it('agrees with a single rejected row', () => {
    expect(qualitySentence(quality({ uncategorized: 0, source: 0, region: 0 }, 1))).toBe(
      'The figures can be read as they are; 1 rejected row from imports is in none of the figures.',
    );
  });

  it('judges in Chinese when the window speaks Chinese', async () => {
    await i18n.changeLanguage('zh');
    try {
      expect(qualitySentence(quality({ uncategorized: 0.03, source: 0.05, region: 0 }, 1_204))).toBe(
        '按类别、来源统计的数据应视为下限；导入中有 1,204 个被拒行未计入任何数据。',
      );
      expect(qualitySentence(quality({ uncategorized: 0.02, source: 0, region: 0.4 }))).toBe(
        '按地区的分布需谨慎解读：40.0% 的事件缺少该字段；导入中没有被拒行。',
      );
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('says there is nothing to judge in an empty period', () => {
    expect(qualitySentence({ ...quality({ uncategorized: 0, source: 0, region: 0 }), total: 0 })).toMatch(
      /nothing to judge/,
    );
  });
});

describe('toggleCategory', () => {
  it('adds a category in taxonomy order, and removes it on the second click', () => {
    const added = toggleCategory(['phishing'], 'malware');
    expect(added).toEqual(['malware', 'phishing']);
    expect(toggleCategory(added, 'malware')).toEqual(['phishing']);
    expect(toggleCategory([], 'ddos')).toEqual(['ddos']);
  });
});
