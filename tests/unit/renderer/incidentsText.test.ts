// The Incidents view's words in both languages: a stored batch summary said again in the window's
// language (read back from the form the main process writes; tests/unit/triageText.test.ts checks the
// main process writes these very sentences), and the codes and columns shown as words.
import { afterEach, describe, expect, it } from 'vitest';
import { categoryName } from '../../../src/shared/i18n/format';
import { batchSummaryText, parseBatchSummary } from '../../../src/renderer/src/incidents/batchSummary';
import { columnLabel } from '../../../src/renderer/src/incidents/columnLabels';
import { COLUMN_IDS } from '../../../src/renderer/src/incidents/columns';
import { facetLabel } from '../../../src/renderer/src/incidents/facetLabels';
import { statusWord } from '../../../src/renderer/src/incidents/codeWords';
import { i18n } from '../../../src/renderer/src/i18n/instance';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

/** Summaries as triage.ts writes them (the same list is in tests/unit/triageText.test.ts). */
const WRITTEN = [
  'status → resolved on 1 incident',
  'status → in_progress, severity → none, category → phishing on 12 incidents',
  'notes cleared on 3 incidents',
  'severity → high, notes edited, tags + urgent, tags − old on 2000000 incidents',
  'tags + a b, c on d, tags − tags − x on 2 incidents',
];

describe('a batch summary', () => {
  it('reads back every form the main process writes', () => {
    for (const summary of WRITTEN) expect(parseBatchSummary(summary), summary).not.toBeNull();
    expect(parseBatchSummary(WRITTEN[4] ?? '')).toEqual({
      parts: [
        { kind: 'addTags', tags: 'a b, c on d' },
        { kind: 'removeTags', tags: 'tags − x' },
      ],
      incidents: 2,
    });
  });

  it('reads as stored in English where the words are the codes, and in Chinese otherwise', async () => {
    const stored = 'status → resolved, severity → none, notes cleared, tags + urgent, b on 2 incidents';
    expect(batchSummaryText(stored)).toBe(stored);
    await i18n.changeLanguage('zh');
    expect(batchSummaryText(stored)).toBe(
      '状态 → 已处置，级别 → 无，清空备注，添加标签 urgent, b（共 2 起事件）',
    );
    expect(batchSummaryText('category → phishing on 1 incident')).toBe(
      `类别 → ${categoryName('phishing', 'zh')}（共 1 起事件）`,
    );
  });

  it('is shown as stored when it is not in the form the main process writes', () => {
    expect(batchSummaryText('something else entirely')).toBe('something else entirely');
    expect(batchSummaryText('colour → blue on 3 incidents')).toBe('colour → blue on 3 incidents');
  });
});

describe('codes and columns as words', () => {
  it('keep the English the table showed, and have a Chinese name each', async () => {
    expect(statusWord('in_progress')).toBe('in progress');
    expect(facetLabel('severity', 'high')).toBe('High');
    expect(facetLabel('region', '')).toBe('(not given)');
    expect(columnLabel('occurredAt')).toBe('Occurred (UTC)');
    await i18n.changeLanguage('zh');
    expect(statusWord('in_progress')).toBe('处置中');
    expect(facetLabel('severity', 'high')).toBe('重大');
    expect(facetLabel('region', '')).toBe('（未填写）');
    for (const id of COLUMN_IDS) expect(columnLabel(id)).not.toMatch(/^incidents:/);
    expect(columnLabel('attackerIp')).toBe('攻击源IP');
  });
});
