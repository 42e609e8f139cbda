// stats.trend and stats.range through the contract, as the window and the browser call them.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/errors';
import { tempFile } from '../helpers/temp';
import { attempt, testRuntime } from '../helpers/serviceRuntime';

const rt = testRuntime;

async function call(name: string, input: unknown): Promise<Result<unknown>> {
  return attempt<unknown>(rt(), name, input);
}

async function refusal(input: unknown): Promise<string> {
  const result = await call('stats.trend', input);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe('invalid_input');
  return result.error.message;
}

describe('stats.trend and stats.range', () => {
  it('answers with the trend and the range of an imported file', async () => {
    expect(await call('stats.range', {})).toEqual({ ok: true, value: { first: null, last: null } });
    const csv =
      'occurred_at,category,region\n2016-03-01,phishing,Beijing\n2016-03-02,phishing,\n2015-03-01,ddos,Tianjin\n';
    const started = await call('import.start', {
      files: [{ file: { kind: 'path', path: tempFile('a.csv', csv), name: 'a.csv' } }],
    });
    expect(started.ok).toBe(true);
    await rt().tasks.whenIdle();
    expect(await call('stats.range', {})).toEqual({
      ok: true,
      value: { first: '2015-03-01', last: '2016-03-02' },
    });
    expect(
      await call('stats.trend', { from: '2016-03-01', to: '2016-03-31', granularity: 'month', by: 'region' }),
    ).toEqual({
      ok: true,
      value: {
        period: { from: '2016-03-01', to: '2016-03-31' },
        granularity: 'month',
        by: 'region',
        buckets: ['2016-03-01'],
        series: [
          { key: '', counts: [1] },
          { key: 'Beijing', counts: [1] },
        ],
        comparison: [1],
      },
    });
  });

  it('refuses input it cannot count, with a message that says why', async () => {
    const ok = { from: '2016-01-01', to: '2016-03-31', granularity: 'week', by: 'category' };
    expect(await refusal({ ...ok, from: '2015-02-29' })).toBe(
      'Invalid input for stats.trend: from: not a date in the calendar',
    );
    expect(await refusal({ ...ok, from: '2016-04-01' })).toBe(
      'Invalid input for stats.trend: from must be on or before to',
    );
    expect(await refusal({ ...ok, from: '2000-01-01' })).toBe(
      'Invalid input for stats.trend: a trend covers at most 3700 days',
    );
    expect(await refusal({ ...ok, granularity: 'year' })).toMatch(
      /^Invalid input for stats.trend: granularity: /,
    );
    expect(await refusal({ ...ok, by: 'title' })).toMatch(/^Invalid input for stats.trend: by: /);
    expect(await refusal({ ...ok, categories: ['nonsense'] })).toMatch(
      /^Invalid input for stats.trend: categories.0: /,
    );
    expect(await refusal({ ...ok, extra: 1 })).toMatch(/^Invalid input for stats.trend: /);
    expect((await call('stats.range', { extra: 1 })).ok).toBe(false);
  });
});
