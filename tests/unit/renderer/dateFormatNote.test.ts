import { describe, expect, it } from 'vitest';
import { ambiguousDateNotes, describeDateChoice } from '../../../src/renderer/src/format/dateFormatNote';
import { formatSecondsLeft } from '../../../src/renderer/src/format/duration';
import { standInTimeNote } from '../../../src/renderer/src/format/timeField';
import { i18n } from '../../../src/renderer/src/i18n/instance';

describe('date format notes', () => {
  it('says the format once, then why', () => {
    expect(
      describeDateChoice({
        format: 'dmy',
        ambiguous: false,
        reason: 'D/M/YYYY: "13/01/2016" on a sample row has a day above 12',
      }),
    ).toBe('D/M/YYYY — "13/01/2016" on a sample row has a day above 12');
    expect(
      describeDateChoice({
        format: 'dmy',
        ambiguous: true,
        reason: 'D/M/YYYY or M/D/YYYY: no value decides; D/M/YYYY assumed',
      }),
    ).toBe('D/M/YYYY — D/M/YYYY or M/D/YYYY: no value decides; D/M/YYYY assumed');
  });

  it('notes only the time columns whose format could not be decided', () => {
    const notes = ambiguousDateNotes({
      occurred_at: {
        format: 'dmy',
        ambiguous: true,
        reason: 'D/M/YYYY or M/D/YYYY: no value decides; D/M/YYYY assumed',
      },
      detected_at: { format: 'iso', ambiguous: false, reason: 'ISO 8601: reads all 20 sample values' },
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^occurred_at was read as D\/M\/YYYY, but its values could be read either way/);
  });

  it('says the format and why in the window language when the choice carries a message', async () => {
    await i18n.changeLanguage('zh');
    try {
      expect(
        describeDateChoice({
          format: 'excel',
          ambiguous: false,
          reason: 'Spreadsheet serial days: reads all 3 sample values',
          why: { key: 'import:dateWhy.readsAll', params: { total: 3 } },
        }),
      ).toBe('电子表格日期序列值 — 能读取全部 3 个样本值');
      const [note] = ambiguousDateNotes({
        occurred_at: {
          format: 'dmy',
          ambiguous: true,
          reason: 'D/M/YYYY or M/D/YYYY: no value decides; D/M/YYYY assumed',
          why: { key: 'import:dateWhy.undecided', params: { label: 'D/M/YYYY' } },
        },
      });
      expect(note).toBe(
        'occurred_at 按 D/M/YYYY 读取，但其值两种读法都说得通（日在前或月在前）：' +
          'D/M/YYYY — D/M/YYYY 还是 M/D/YYYY：没有能确定读法的值；按 D/M/YYYY 处理',
      );
      expect(standInTimeNote('detected_at')).toBe('没有 occurred_at 列：发生时间取自 detected_at');
      expect(formatSecondsLeft(185)).toBe('3 分 05 秒');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
