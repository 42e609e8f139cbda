// The alert operations through the contract, on a runtime whose imports run inline: rules evaluated
// after an import and an undo (today's windows), the alert listed once with its explanation and link,
// acknowledged; rule parameters refused with messages a person understands.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';
import type { VigilEvent } from '../../src/shared/events';
import { SCOPE_NOTE, WHOLE_DAYS_NOTE } from '../../src/shared/alerts';
import { addDays, STATS_TIME_ZONE, todayIn } from '../../src/shared/period';
import { dispatch } from '../../src/main/services/dispatch';
import type { CallContext } from '../../src/main/services/handlers';
import { createRuntime, type Runtime } from '../../src/main/services/runtime';
import { tempDir, tempFile } from './helpers/temp';

const context: CallContext = {
  resolveFile: (ref) => (ref.kind === 'path' ? { path: ref.path, name: ref.name } : { path: '', name: '' }),
};
let runtime: Runtime | undefined;
afterEach(() => {
  runtime?.close();
  runtime = undefined;
});

function open(events: VigilEvent[]): Runtime {
  runtime = createRuntime({
    storePath: join(tempDir(), 'vigil.db'),
    imports: 'inline',
    emit: (e) => events.push(e),
  });
  return runtime;
}

async function call<T>(rt: Runtime, name: string, input: unknown): Promise<Result<T>> {
  return (await dispatch(rt.handlers, name, input, context)) as Result<T>;
}

async function value<T>(rt: Runtime, name: string, input: unknown): Promise<T> {
  const result = await call<T>(rt, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

/** Nine quiet weeks of phishing and malware (3 a day each) up to today, phishing at 20 a day this week. */
function surgeCsv(): string {
  const today = todayIn(STATS_TIME_ZONE, new Date());
  const rows = ['external_id,occurred_at,category,title'];
  for (let back = 0; back < 9 * 7; back++) {
    const day = addDays(today, -back);
    const phishing = back < 7 ? 20 : 3;
    for (let i = 0; i < phishing; i++)
      rows.push(`P-${day}-${String(i)},${day}T09:00:00Z,phishing,lure ${String(i)}`);
    for (let i = 0; i < 3; i++) rows.push(`M-${day}-${String(i)},${day}T11:00:00Z,malware,bot ${String(i)}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('alert operations', () => {
  it('evaluates the rules after an import and an undo, and lists each alert once until acknowledged', async () => {
    const events: VigilEvent[] = [];
    const rt = open(events);
    const today = todayIn(STATS_TIME_ZONE, new Date());
    const path = tempFile('surge.csv', surgeCsv());
    await value(rt, 'import.start', { files: [{ file: { kind: 'path', path, name: 'surge.csv' } }] });
    await rt.tasks.whenIdle();
    expect(events.at(-1)?.type).toBe('import.finished');

    const listed = await value<ResultOf<'alerts.list'>>(rt, 'alerts.list', {});
    expect(listed.newCount).toBe(1);
    expect(listed.rows).toMatchObject([
      {
        rule: 'Surge: phishing',
        kind: 'surge',
        category: 'phishing',
        scope: 'phishing',
        windowStart: addDays(today, -6),
        windowEnd: today,
        count: 140,
        baseline: 21,
        status: 'new',
        link: `#/incidents?category=phishing&from=${addDays(today, -6)}&to=${today}`,
      },
    ]);
    expect(listed.rows[0]?.message).toMatch(
      /^phishing: 140 incidents in the 7 days to .*, 6\.7x the 8-week average of 21 ± 4\.6$/,
    );
    expect(await value(rt, 'alerts.newCount', {})).toEqual({ count: 1 });

    // Evaluated again (a rule saved, an evaluation asked for): still one alert.
    await value(rt, 'alerts.evaluate', {});
    expect((await value<ResultOf<'alerts.list'>>(rt, 'alerts.list', { status: 'all' })).rows).toHaveLength(1);

    // The import undone: the surge is gone, and so is the alert nobody had looked at yet.
    await value(rt, 'imports.undo', { importId: 1 });
    expect((await value<ResultOf<'alerts.list'>>(rt, 'alerts.list', { status: 'all' })).rows).toMatchObject([
      { status: 'resolved' },
    ]);
    expect(await value(rt, 'alerts.newCount', {})).toEqual({ count: 0 });

    const again = tempFile('surge.csv', surgeCsv());
    await value(rt, 'import.start', { files: [{ file: { kind: 'path', path: again, name: 'surge.csv' } }] });
    await rt.tasks.whenIdle();
    const back = await value<ResultOf<'alerts.list'>>(rt, 'alerts.list', {});
    expect(back.rows.map((a) => a.status)).toEqual(['new']);
    await value(rt, 'alerts.setStatus', { ids: [back.rows[0]!.id], status: 'acknowledged' });
    expect(await value(rt, 'alerts.newCount', {})).toEqual({ count: 0 });
    const snoozeWithoutDate = await call(rt, 'alerts.setStatus', {
      ids: [back.rows[0]!.id],
      status: 'snoozed',
    });
    expect(snoozeWithoutDate.ok).toBe(false);
  });

  it('evaluates as of any date without storing, and backtests a rule', async () => {
    const rt = open([]);
    const path = tempFile('surge.csv', surgeCsv());
    await value(rt, 'import.start', { files: [{ file: { kind: 'path', path, name: 'surge.csv' } }] });
    await rt.tasks.whenIdle();
    const today = todayIn(STATS_TIME_ZONE, new Date());
    const quiet = await value<ResultOf<'alerts.evaluate'>>(rt, 'alerts.evaluate', {
      asOf: addDays(today, -8),
      record: false,
    });
    expect(quiet).toEqual({ asOf: addDays(today, -8), fired: [], added: 0 });
    const rules = await value<ResultOf<'alerts.rules'>>(rt, 'alerts.rules', {});
    const phishing = rules.rows.find((r) => r.name === 'Surge: phishing')!;
    const test = await value<ResultOf<'alerts.backtest'>>(rt, 'alerts.backtest', {
      ruleId: phishing.id,
      from: addDays(today, -13),
      to: today,
    });
    expect(test.days).toHaveLength(14);
    expect(test.counts.slice(0, 7)).toEqual([21, 21, 21, 21, 21, 21, 21]);
    expect(test.counts.at(-1)).toBe(140);
    expect(test.fired.length).toBeGreaterThan(0);
    expect(test.fired.every((a) => a.windowEnd >= addDays(today, -6))).toBe(true);
  });

  it('saves, edits, disables and deletes rules, refusing parameters with messages a person understands', async () => {
    const rt = open([]);
    const draft = {
      name: 'Many DDoS',
      scope: { categories: ['ddos'], dimension: null },
      params: { kind: 'threshold', window: { length: 2, unit: 'days' }, atLeast: 50 },
    };
    const saved = await value<ResultOf<'alerts.saveRule'>>(rt, 'alerts.saveRule', { rule: draft });
    expect(saved).toMatchObject({ name: 'Many DDoS', enabled: true });
    const off = await value<ResultOf<'alerts.saveRule'>>(rt, 'alerts.saveRule', {
      id: saved.id,
      rule: { ...draft, enabled: false },
    });
    expect(off.enabled).toBe(false);
    const clash = await call(rt, 'alerts.saveRule', { rule: { ...draft, name: 'Surge: phishing' } });
    expect(clash).toMatchObject({
      ok: false,
      error: { message: 'There is already a rule named "Surge: phishing".' },
    });

    const refused = async (rule: unknown): Promise<string> => {
      const result = await call(rt, 'alerts.saveRule', { rule });
      return result.ok ? 'accepted' : result.error.message;
    };
    const window = (length: number, unit: string): unknown => ({
      ...draft,
      params: { ...draft.params, window: { length, unit } },
    });
    expect(await refused(window(0, 'days'))).toMatch(/A window cannot be empty: give it at least 1 day$/);
    expect(await refused(window(36, 'hours'))).toContain(
      `36 hours is not a whole number of days. ${WHOLE_DAYS_NOTE}`,
    );
    expect(await refused({ ...(window(48, 'hours') as object), name: 'Two days of DDoS' })).toBe('accepted');
    expect(await refused({ ...draft, params: { ...draft.params, atLeast: -3 } })).toMatch(
      /The threshold cannot be negative$/,
    );
    expect(
      await refused({
        ...draft,
        params: {
          kind: 'surge',
          window: { length: 7, unit: 'days' },
          baselineWindows: 8,
          sigmas: 3,
          minCount: -1,
          alpha: 0.001,
        },
      }),
    ).toMatch(/The minimum count cannot be negative$/);
    expect(
      await refused({ ...draft, scope: { categories: ['ddos'], dimension: null, q: 'botnet' } }),
    ).toContain(SCOPE_NOTE);
    expect(await refused({ ...draft, name: '  ' })).toMatch(/Give the rule a name$/);

    expect(await value(rt, 'alerts.deleteRule', { id: saved.id })).toEqual({ deleted: true });
    expect(
      (await value<ResultOf<'alerts.rules'>>(rt, 'alerts.rules', {})).rows.map((r) => r.name),
    ).not.toContain('Many DDoS');
  });
});
