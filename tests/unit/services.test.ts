import { MIGRATIONS } from '../../src/main/store/migrations';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type ResultOf } from '../../src/shared/contract';
import type { VigilEvent } from '../../src/shared/events';
import { dispatch } from '../../src/main/services/dispatch';
import type { Runtime } from '../../src/main/services/runtime';
import { fixture, tempFile } from './helpers/temp';
import { callOk, openRuntime, pathContext } from './helpers/serviceRuntime';

const open = (events: VigilEvent[] = []): Runtime => openRuntime((e) => events.push(e));
const call = callOk;

async function importFixtures(
  rt: Runtime,
  events: VigilEvent[],
  files: { path: string; name: string }[],
): Promise<void> {
  await call(rt, 'import.start', { files: files.map((f) => ({ file: { kind: 'path', ...f } })) });
  await rt.tasks.whenIdle();
  expect(events.at(-1)?.type).toBe('import.finished');
}

describe('services', () => {
  it('has a handler for every operation of the contract', () => {
    const rt = open();
    expect(Object.keys(rt.handlers).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('lists incidents by keyset pages in any sort order, without gaps or repeats', async () => {
    const events: VigilEvent[] = [];
    const rt = open(events);
    const rows = ['external_id,occurred_at,category,severity,title'];
    // Many equal sort keys, so paging must break ties by id.
    for (let i = 0; i < 250; i++)
      rows.push(
        `E${String(i)},2016-0${String((i % 3) + 1)}-01,${i % 2 ? 'phishing' : 'malware'},${['low', 'high', 'critical'][i % 3] ?? ''},t${String(i % 7)}`,
      );
    await importFixtures(rt, events, [{ path: tempFile('many.csv', rows.join('\n')), name: 'many.csv' }]);
    for (const sort of ['occurredAt', 'severity', 'title', 'id', 'category'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: number[] = [];
        let cursor: string | null = null;
        do {
          const page: ResultOf<'incidents.list'> = await call(rt, 'incidents.list', {
            sort,
            dir,
            limit: 40,
            cursor,
          });
          expect(page.total).toBe(250);
          seen.push(...page.rows.map((r) => r.id));
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect(new Set(seen).size, `${sort} ${dir}`).toBe(250);
      }
    }
    const bySeverity: ResultOf<'incidents.list'> = await call(rt, 'incidents.list', {
      sort: 'severity',
      dir: 'desc',
      limit: 3,
    });
    expect(bySeverity.rows.map((r) => r.severity)).toEqual(['critical', 'critical', 'critical']);
    const phishing: ResultOf<'incidents.list'> = await call(rt, 'incidents.list', {
      filter: { categories: ['phishing'] },
      limit: 500,
    });
    expect(phishing.total).toBe(125);
    expect(phishing.rows.every((r) => r.category === 'phishing')).toBe(true);
  });

  it('counts incidents per month and category from the aggregates, filtered by period and category', async () => {
    const events: VigilEvent[] = [];
    const rt = open(events);
    await importFixtures(rt, events, [{ path: fixture('incidents-basic.csv'), name: 'incidents-basic.csv' }]);
    const all: ResultOf<'stats.monthlyByCategory'> = await call(rt, 'stats.monthlyByCategory', {});
    expect(all.rows).toEqual([
      { month: '2016-01', category: 'defacement', count: 1 },
      { month: '2016-01', category: 'phishing', count: 1 },
      { month: '2016-02', category: 'ddos', count: 1 },
      { month: '2016-02', category: 'malware', count: 1 },
      { month: '2016-03', category: 'backdoor', count: 1 },
      { month: '2016-03', category: 'uncategorized', count: 1 },
    ]);
    const feb: ResultOf<'stats.monthlyByCategory'> = await call(rt, 'stats.monthlyByCategory', {
      from: '2016-02-01',
      to: '2016-02-29',
      categories: ['ddos'],
    });
    expect(feb.rows).toEqual([{ month: '2016-02', category: 'ddos', count: 1 }]);
  });

  it('lists imports and their rejects, and reports progress and the outcome as events', async () => {
    const events: VigilEvent[] = [];
    const rt = open(events);
    await importFixtures(rt, events, [{ path: fixture('incidents-basic.csv'), name: 'incidents-basic.csv' }]);
    expect(
      events.some((e) => e.type === 'import.progress' && e.progress.fileName === 'incidents-basic.csv'),
    ).toBe(true);
    const imports: ResultOf<'imports.list'> = await call(rt, 'imports.list', {});
    expect(imports.rows).toHaveLength(1);
    expect(imports.rows[0]).toMatchObject({
      fileName: 'incidents-basic.csv',
      imported: 6,
      rejected: 1,
      encoding: 'utf-8',
    });
    const rejects: ResultOf<'imports.rejects'> = await call(rt, 'imports.rejects', {
      importId: imports.rows[0]!.id,
    });
    expect(rejects.total).toBe(1);
    expect(rejects.rows[0]?.line).toBe(7);
    const paged: ResultOf<'imports.rejects'> = await call(rt, 'imports.rejects', {
      importId: imports.rows[0]!.id,
      afterLine: 7,
    });
    expect(paged).toEqual({ rows: [], total: 1 });
    const missing = await dispatch(rt.handlers, 'imports.rejects', { importId: 999 }, pathContext);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const info: ResultOf<'store.info'> = await call(rt, 'store.info', {});
    expect(info).toMatchObject({ incidents: 6, imports: 1, schemaVersion: MIGRATIONS.at(-1)!.version });
  });

  it('refuses malformed input as values: wrong types, unknown fields, oversized strings, bad cursors', async () => {
    const rt = open();
    const bad: [string, unknown][] = [
      ['incidents.list', { limit: 0 }],
      ['incidents.list', { limit: 10_000 }],
      ['incidents.list', { sort: 'description; DROP TABLE incidents' }],
      ['incidents.list', { filter: { categories: ['not-a-category'] } }],
      ['incidents.list', { surprise: true }],
      ['stats.monthlyByCategory', { from: '2016/01/01' }],
      ['import.start', { files: [] }],
      ['import.cancel', { jobId: 'x'.repeat(100_000) }],
      ['store.info', 'text'],
      ['store.info', null],
    ];
    for (const [name, input] of bad) {
      const result = await dispatch(rt.handlers, name, input, pathContext);
      if (name === 'store.info' && input === null) {
        expect(result.ok).toBe(true);
        continue;
      }
      expect(result, `${name} ${JSON.stringify(input).slice(0, 60)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    const badCursor = await dispatch(
      rt.handlers,
      'incidents.list',
      { cursor: 'bm90IGEgY3Vyc29y' },
      pathContext,
    );
    expect(badCursor).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/cursor/) as string },
    });
    expect(await dispatch(rt.handlers, 'constructor', {}, pathContext)).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
  });

  it('cancels a queued job before it runs', async () => {
    const events: VigilEvent[] = [];
    const rt = open(events);
    const first: ResultOf<'import.start'> = await call(rt, 'import.start', {
      files: [{ file: { kind: 'path', path: fixture('incidents-basic.csv'), name: 'a.csv' } }],
    });
    const second: ResultOf<'import.start'> = await call(rt, 'import.start', {
      files: [{ file: { kind: 'path', path: fixture('crlf-multiline.csv'), name: 'b.csv' } }],
    });
    const cancel: ResultOf<'import.cancel'> = await call(rt, 'import.cancel', { jobId: second.jobId });
    expect(cancel.cancelled).toBe(true);
    await rt.tasks.whenIdle();
    const outcome = (id: string) => events.find((e) => e.type === 'import.finished' && e.jobId === id);
    expect(outcome(first.jobId)).toMatchObject({ result: { imported: 6 } });
    expect(outcome(second.jobId)).toMatchObject({
      result: { imported: 0, files: [{ error: { code: 'cancelled' } }] },
    });
  });
});
