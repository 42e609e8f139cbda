// The analysis refuses a query in the reader's language: the fault carries a catalog message, and its
// English text is the sentence it always was.
import { describe, expect, it } from 'vitest';
import { headlinePeriods } from '../../../src/main/analysis/headline';
import { trendPeriod } from '../../../src/main/analysis/trend';
import { describeError, VigilFault } from '../../../src/shared/errors';

function refusal(run: () => unknown): VigilFault {
  try {
    run();
  } catch (err) {
    if (err instanceof VigilFault) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('refusals of a statistics query', () => {
  it('say the same in English and in Chinese', () => {
    const reversed = refusal(() => headlinePeriods({ from: '2016-10-01', to: '2016-09-30' })).toValue();
    expect(reversed.message).toBe('the period ends (2016-09-30) before it starts (2016-10-01)');
    expect(describeError(reversed, 'zh')).toBe('时段的结束日期（2016-09-30）早于开始日期（2016-10-01）');

    const zone = refusal(() =>
      headlinePeriods({ from: '2016-01-01', to: '2016-01-31', timeZone: 'Asia/Shanghai' }),
    ).toValue();
    expect(zone.message).toBe(
      "this store counts days in UTC, not Asia/Shanghai: change the workstation's time zone to count in Asia/Shanghai",
    );
    expect(describeError(zone, 'zh')).toBe(
      '此数据库按 UTC 计日，而非 Asia/Shanghai：如需按 Asia/Shanghai 统计，请更改工作站的时区',
    );

    const date = refusal(() => trendPeriod({ from: '2015-02-29', to: '2015-03-01' })).toValue();
    expect(date.message).toBe('from: "2015-02-29" is not a date in the calendar (YYYY-MM-DD)');
    expect(describeError(date, 'zh')).toBe('from：“2015-02-29”不是有效的日历日期（YYYY-MM-DD）');
  });
});
