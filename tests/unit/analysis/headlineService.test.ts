// stats.headline through the contract, as the window and the browser call it.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/services/dispatch';
import type { Result } from '../../../src/shared/errors';
import type { ResultOf } from '../../../src/shared/contract';
import { tempFile } from '../helpers/temp';
import { attempt, pathContext, testRuntime } from '../helpers/serviceRuntime';

const rt = testRuntime;

async function call(input: unknown): Promise<Result<ResultOf<'stats.headline'>>> {
  return attempt<ResultOf<'stats.headline'>>(rt(), 'stats.headline', input);
}

describe('stats.headline', () => {
  it('answers with the headline of an imported file', async () => {
    const csv = 'occurred_at,category\n2016-03-01,phishing\n2016-03-02,phishing\n2015-03-01,phishing\n';
    const started = await dispatch(
      rt().handlers,
      'import.start',
      { files: [{ file: { kind: 'path', path: tempFile('a.csv', csv), name: 'a.csv' } }] },
      pathContext,
    );
    expect(started.ok).toBe(true);
    await rt().tasks.whenIdle();
    const result = await call({ from: '2016-03-01', to: '2016-03-31' });
    expect(result).toEqual({
      ok: true,
      value: {
        period: { from: '2016-03-01', to: '2016-03-31' },
        comparison: { from: '2015-03-01', to: '2015-03-31' },
        previousPeriod: { from: '2016-01-30', to: '2016-02-29' },
        total: 2,
        previous: 1,
        yoyPct: 100,
        previousPeriodTotal: 0,
        changePct: null,
        byCategory: {
          phishing: { count: 2, previous: 1, yoyPct: 100, previousPeriodCount: 0, changePct: null },
        },
      },
    });
  });

  it('refuses input it cannot count, with a message that says why', async () => {
    const refusal = async (input: unknown): Promise<string> => {
      const result = await call(input);
      expect(result.ok).toBe(false);
      if (result.ok) return '';
      expect(result.error.code).toBe('invalid_input');
      return result.error.message;
    };
    expect(await refusal({ from: '2016-02-30', to: '2016-03-31' })).toBe(
      'Invalid input for stats.headline: from: not a date in the calendar',
    );
    expect(await refusal({ from: '2016/01/01', to: '2016-03-31' })).toBe(
      'Invalid input for stats.headline: from: expected a date as YYYY-MM-DD',
    );
    expect(await refusal({ from: '2016-04-01', to: '2016-03-31' })).toBe(
      'Invalid input for stats.headline: from must be on or before to',
    );
    expect(await refusal({ to: '2016-03-31' })).toMatch(/^Invalid input for stats.headline: from: /);
    expect(await refusal({ from: '2016-03-01', to: '2016-03-31', categories: ['worms'] })).toMatch(
      /categories\.0: /,
    );
    expect(await refusal({ from: '2016-03-01', to: '2016-03-31', days: 3 })).toMatch(/days/);
    expect(await refusal({ from: '2016-03-01', to: '2016-03-31', timeZone: 'Asia/Shanghai' })).toMatch(
      /^this store counts days in UTC, not Asia\/Shanghai/,
    );
  });
});
