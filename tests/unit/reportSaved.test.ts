// Saved reports: saved with the figures counted then, listed, reopened with the same numbers, kept as
// saved when only the text changes, duplicated for the next period or the next year, regenerated
// ("same data, same numbers" or what changed), deleted; the letterhead's logo is checked.
import { describe, expect, it } from 'vitest';
import { nextPeriod } from '../../src/main/report/nextPeriod';
import { markingProblem, markingSchema, type ReportDraft } from '../../src/shared/report';
import { messageText } from '../../src/shared/i18n/message';
import { regenerationSentences } from '../../src/shared/reportRegenerationText';
import { openTestStore, type CsvRow } from './helpers/incidentStore';

const ROWS: CsvRow[] = [
  { external_id: 'r1', occurred_at: '2016-01-05T10:00:00Z', category: 'phishing', severity: 'high' },
  { external_id: 'r2', occurred_at: '2016-03-01T00:00:00Z', category: 'malware', severity: 'low' },
  { external_id: 'r3', occurred_at: '2016-05-30T12:00:00Z', category: 'phishing', severity: 'critical' },
  { external_id: 'r4', occurred_at: '2015-03-01T00:00:00Z', category: 'phishing', severity: 'high' },
];

const DRAFT = {
  title: 'First half 2016',
  from: '2016-01-01',
  to: '2016-06-30',
  commentary: 'Phishing against banks rose.',
  marking: '内部资料 注意保密',
} satisfies Partial<ReportDraft>;

describe('saved reports', () => {
  it('saves the figures and stamp of the moment, lists and reopens them unchanged', async () => {
    const store = openTestStore();
    await store.importRows(ROWS);
    const saved = await store.call('reports.save', { draft: DRAFT });
    expect(saved).toMatchObject({
      title: 'First half 2016',
      marking: '内部资料 注意保密',
      paper: 'a4',
      language: 'en',
    });
    expect(saved.figures.headline.total).toBe(3);
    expect(saved.figures.headline.previous).toBe(1);
    expect(saved.figures.stamp.incidents).toBe(3);

    const list = await store.call('reports.list', {});
    expect(list.rows).toEqual([
      expect.objectContaining({
        id: saved.id,
        period: { from: '2016-01-01', to: '2016-06-30' },
        incidents: 3,
        contentHash: saved.figures.stamp.contentHash,
      }),
    ]);

    // More data arrives; the reopened report still prints the numbers it was saved with.
    await store.importRows([{ external_id: 'r5', occurred_at: '2016-02-02T00:00:00Z', category: 'ddos' }]);
    const reopened = await store.call('reports.get', { id: saved.id });
    expect(reopened.figures).toEqual(saved.figures);
    expect(reopened.commentary).toBe(DRAFT.commentary);

    // A new commentary keeps the saved figures; asking to refresh counts again.
    const edited = await store.call('reports.save', {
      id: saved.id,
      draft: { ...DRAFT, commentary: 'Revised.' },
    });
    expect(edited.figures).toEqual(saved.figures);
    const refreshed = await store.call('reports.save', { id: saved.id, draft: DRAFT, refresh: true });
    expect(refreshed.figures.headline.total).toBe(4);
  });

  it('regenerates: same data, same numbers; then says plainly what changed', async () => {
    const store = openTestStore();
    await store.importRows(ROWS, undefined, 'base.csv');
    const saved = await store.call('reports.save', { draft: DRAFT });

    const same = await store.call('reports.regenerate', { id: saved.id });
    expect(same.diff.same).toBe(true);
    expect(same.diff.counts).toEqual([]);
    expect(same.diff.sentences[0]).toMatch(/^Same data, same numbers/);
    expect(same.figures.headline).toEqual(saved.figures.headline);

    await store.importRows(
      [
        { external_id: 'n1', occurred_at: '2016-02-02T00:00:00Z', category: 'phishing' },
        { external_id: 'n2', occurred_at: '2016-02-03T00:00:00Z', category: 'ddos' },
      ],
      undefined,
      'more.csv',
    );
    const changed = await store.call('reports.regenerate', { id: saved.id });
    expect(changed.diff.same).toBe(false);
    expect(changed.diff.counts).toEqual(
      expect.arrayContaining([
        { key: 'total', before: 3, now: 5 },
        { key: 'phishing', before: 2, now: 3 },
        { key: 'ddos', before: 0, now: 1 },
      ]),
    );
    expect(changed.diff.counts).toHaveLength(3);
    expect(changed.diff.importsAdded.map((i) => i.fileName)).toEqual(['more.csv']);
    expect(changed.diff.importsRemoved).toEqual([]);
    const text = changed.diff.sentences.join(' ');
    expect(text).toContain('Incidents counted: 3 → 5 (+2)');
    expect(text).toContain('Phishing: 2 → 3 (+1)');
    expect(text).toContain('more.csv');
    // The window says the same diff in its own language.
    const chinese = regenerationSentences(changed.diff, 'zh').join('');
    expect(chinese).toContain('统计事件数：3 → 5（+2）');
    expect(chinese).toContain('网页仿冒：2 → 3（+1）');
    expect(chinese).toContain('more.csv');
    expect(regenerationSentences(changed.diff, 'en')).toEqual(changed.diff.sentences);
    // Regenerating writes nothing: the saved report keeps its figures until saved again.
    expect((await store.call('reports.get', { id: saved.id })).figures).toEqual(saved.figures);

    const base = (await store.call('imports.list', {})).rows.find((i) => i.fileName === 'base.csv');
    await store.call('imports.undo', { importId: base?.id ?? 0 });
    const removed = await store.call('reports.regenerate', { id: saved.id });
    expect(removed.diff.importsRemoved.map((i) => i.fileName)).toEqual(['base.csv']);
    expect(removed.diff.counts).toContainEqual({ key: 'malware', before: 1, now: 0 });
  });

  it('says an edit in place changed the data though no count moved', async () => {
    const store = openTestStore();
    await store.importRows(ROWS);
    const saved = await store.call('reports.save', { draft: DRAFT });
    const row = (await store.call('incidents.list', { limit: 10 })).rows.find((r) => r.externalId === 'r3');
    await store.call('incidents.update', { target: { ids: [row?.id ?? 0] }, edit: { status: 'resolved' } });
    const again = await store.call('reports.regenerate', { id: saved.id });
    expect(again.diff.same).toBe(false);
    expect(again.diff.counts).toEqual([]);
    expect(again.diff.sentences.join(' ')).toContain('edited in place');
  });

  it('duplicates for the next period and the next year, without the old commentary', async () => {
    const store = openTestStore();
    await store.importRows(ROWS);
    const saved = await store.call('reports.save', { draft: { ...DRAFT, summary: 'Edited by hand.' } });
    const next = await store.call('reports.duplicate', { id: saved.id, period: 'next' });
    expect([next.from, next.to]).toEqual(['2016-07-01', '2016-12-31']);
    expect(next.id).not.toBe(saved.id);
    expect(next).toMatchObject({ commentary: '', summary: null, marking: DRAFT.marking, title: DRAFT.title });
    expect(next.figures.headline.total).toBe(0);
    const year = await store.call('reports.duplicate', { id: saved.id, period: 'next_year' });
    expect([year.from, year.to]).toEqual(['2017-01-01', '2017-06-30']);
    expect((await store.call('reports.list', {})).rows).toHaveLength(3);
    expect(await store.call('reports.delete', { id: next.id })).toEqual({ deleted: true });
    expect(await store.call('reports.delete', { id: next.id })).toEqual({ deleted: false });
    expect(await store.fail('reports.get', { id: next.id })).toMatchObject({ code: 'not_found' });
  });

  it('keeps the letterhead, with a PNG or JPEG logo only', async () => {
    const store = openTestStore();
    expect(await store.call('reports.letterhead', {})).toEqual({ organization: '', author: '', logo: null });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
    const set = await store.call('reports.setLetterhead', {
      organization: ' National CERT ',
      author: 'Duty analyst',
      logo: { type: 'image/png', base64: png },
    });
    expect(set).toEqual({
      organization: 'National CERT',
      author: 'Duty analyst',
      logo: `data:image/png;base64,${png}`,
    });
    // Without a logo in the call the stored one stays; null removes it.
    expect((await store.call('reports.setLetterhead', { organization: 'CERT', author: '' })).logo).toBe(
      `data:image/png;base64,${png}`,
    );
    const svg = Buffer.from('<svg onload="alert(1)"/>').toString('base64');
    expect(
      await store.fail('reports.setLetterhead', {
        organization: '',
        author: '',
        logo: { type: 'image/png', base64: svg },
      }),
    ).toEqual({
      code: 'invalid_input',
      message: 'The logo must be a PNG or JPEG image; this file is not one.',
      text: { key: 'report:errors.logoNotImage' },
    });
    expect(
      await store.fail('reports.setLetterhead', {
        organization: '',
        author: '',
        logo: { type: 'image/svg+xml', base64: svg },
      }),
    ).toMatchObject({ code: 'invalid_input' });
    const big = Buffer.alloc(300 * 1024, 0xff).toString('base64');
    expect(
      await store.fail('reports.setLetterhead', {
        organization: '',
        author: '',
        logo: { type: 'image/jpeg', base64: big },
      }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(
      (await store.call('reports.setLetterhead', { organization: '', author: '', logo: null })).logo,
    ).toBeNull();
  });

  it('refuses a marking of several lines and a report with no title', async () => {
    const store = openTestStore();
    expect(await store.fail('reports.save', { draft: { ...DRAFT, marking: 'TLP:RED\n}' } })).toMatchObject({
      code: 'invalid_input',
      message: 'Invalid input for reports.save: draft.marking: A marking is one line of text',
    });
    const problem = markingProblem('TLP:RED\n}');
    expect(problem).toEqual({ key: 'report:validation.markingOneLine' });
    expect(problem === null ? '' : messageText(problem, 'zh')).toBe('密级标识只能是一行文字');
    expect(markingProblem('  内部资料 注意保密 ')).toBeNull();
    expect(markingSchema.safeParse(' ').error?.issues[0]?.message).toBe(
      'A report needs a marking (TLP:AMBER unless you choose another)',
    );
    expect(await store.fail('reports.save', { draft: { ...DRAFT, title: '  ' } })).toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('next period', () => {
  it('follows whole months with whole months, other periods with the same number of days', () => {
    expect(nextPeriod({ from: '2016-01-01', to: '2016-09-30' }, 'next')).toEqual({
      from: '2016-10-01',
      to: '2017-06-30',
    });
    expect(nextPeriod({ from: '2016-02-01', to: '2016-02-29' }, 'next')).toEqual({
      from: '2016-03-01',
      to: '2016-03-31',
    });
    expect(nextPeriod({ from: '2016-12-01', to: '2016-12-31' }, 'next')).toEqual({
      from: '2017-01-01',
      to: '2017-01-31',
    });
    expect(nextPeriod({ from: '2016-01-10', to: '2016-01-19' }, 'next')).toEqual({
      from: '2016-01-20',
      to: '2016-01-29',
    });
    expect(nextPeriod({ from: '2016-02-27', to: '2016-03-01' }, 'next')).toEqual({
      from: '2016-03-02',
      to: '2016-03-05',
    });
  });

  it('moves to the same dates a year later, keeping a whole February whole', () => {
    expect(nextPeriod({ from: '2016-02-01', to: '2016-02-29' }, 'next_year')).toEqual({
      from: '2017-02-01',
      to: '2017-02-28',
    });
    expect(nextPeriod({ from: '2015-02-01', to: '2015-02-28' }, 'next_year')).toEqual({
      from: '2016-02-01',
      to: '2016-02-29',
    });
    expect(nextPeriod({ from: '2016-03-05', to: '2016-03-20' }, 'next_year')).toEqual({
      from: '2017-03-05',
      to: '2017-03-20',
    });
  });
});
