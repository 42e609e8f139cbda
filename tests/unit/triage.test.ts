import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/services/dispatch';
import { editTags, parseTags } from '../../src/main/store/queries/tags';
import { aggregatesMatchRows } from './helpers/aggregates';
import { pathContext, triageStore } from './helpers/triageStore';

function changeRows(store: Awaited<ReturnType<typeof triageStore>>, batchId: number | null) {
  return store.runtime.db
    .prepare(
      `SELECT incident_id AS incidentId, field, old_value AS oldValue, new_value AS newValue
       FROM incident_changes WHERE batch_id = ? ORDER BY incident_id, field`,
    )
    .all(batchId) as { incidentId: number; field: string; oldValue: string; newValue: string }[];
}

describe('incidents.update over chosen incidents', () => {
  it('sets the status, records one change per changed incident and none for one already so', async () => {
    const store = await triageStore();
    const bank = store.idOf('Bank login page');
    const botnet = store.idOf('Botnet node'); // already resolved
    const before = store.row(bank);
    const result = await store.call('incidents.update', {
      target: { ids: [bank, botnet] },
      edit: { status: 'resolved' },
    });
    expect(result.changed).toBe(1);
    expect(result.batchId).not.toBeNull();
    expect(changeRows(store, result.batchId)).toEqual([
      { incidentId: bank, field: 'status', oldValue: 'new', newValue: 'resolved' },
    ]);
    expect(store.row(bank).status).toBe('resolved');
    expect(store.row(bank).updated_at).not.toBe(before.updated_at);
    expect(store.row(botnet).updated_at).toBe(store.row(botnet).created_at);
    expect(aggregatesMatchRows(store.runtime.db)).toBe(true);
    expect(store.events).toContainEqual({ type: 'store.changed', reason: 'triage' });
  });

  it('records one change per field per incident, only for the values that change', async () => {
    const store = await triageStore();
    const bank = store.idOf('Bank login page'); // high, new
    const shop = store.idOf('Fake shop'); // low, new
    const result = await store.call('incidents.update', {
      target: { ids: [bank, shop] },
      edit: { severity: 'high', status: 'in_progress', notes: '  called the owner  ' },
    });
    expect(result.changed).toBe(2);
    expect(changeRows(store, result.batchId)).toEqual([
      { incidentId: bank, field: 'notes', oldValue: '', newValue: 'called the owner' },
      { incidentId: bank, field: 'status', oldValue: 'new', newValue: 'in_progress' },
      { incidentId: shop, field: 'notes', oldValue: '', newValue: 'called the owner' },
      { incidentId: shop, field: 'severity', oldValue: 'low', newValue: 'high' },
      { incidentId: shop, field: 'status', oldValue: 'new', newValue: 'in_progress' },
    ]);
    expect(aggregatesMatchRows(store.runtime.db)).toBe(true);
  });

  it('changes the category and keeps the label the source wrote', async () => {
    const store = await triageStore();
    const odd = store.idOf('Something odd');
    expect(store.row(odd)).toMatchObject({ category: 'uncategorized', category_raw: 'mystery label' });
    await store.call('incidents.update', { target: { ids: [odd] }, edit: { category: 'scanning' } });
    expect(store.row(odd)).toMatchObject({ category: 'scanning', category_raw: 'mystery label' });
    expect(aggregatesMatchRows(store.runtime.db)).toBe(true);
  });

  it('records nothing when no value changes', async () => {
    const store = await triageStore();
    const botnet = store.idOf('Botnet node');
    const result = await store.call('incidents.update', {
      target: { ids: [botnet] },
      edit: { status: 'resolved', addTags: ['BOTNET'] },
    });
    expect(result).toEqual({ batchId: null, changed: 0 });
    expect(store.runtime.db.prepare('SELECT count(*) FROM change_batches').pluck().get()).toBe(0);
    expect(store.row(botnet).tags).toBe('botnet');
  });
});

describe('incidents.update over a filter', () => {
  it('changes every incident the filter matches and no other, in one batch', async () => {
    const store = await triageStore();
    const result = await store.call('incidents.update', {
      target: { filter: { categories: ['phishing'] } },
      edit: { severity: 'critical', category: 'fraud' },
    });
    expect(result.changed).toBe(2);
    const rows = store.runtime.db
      .prepare('SELECT title, category, category_raw AS raw, severity FROM incidents ORDER BY id')
      .all();
    expect(rows).toEqual([
      { title: 'Bank login page', category: 'fraud', raw: 'phishing', severity: 'critical' },
      { title: '首页被篡改', category: 'defacement', raw: '网页篡改', severity: 'medium' },
      { title: 'Botnet node', category: 'malware', raw: 'malware', severity: 'critical' },
      { title: 'Fake shop', category: 'fraud', raw: 'phishing', severity: 'critical' },
      { title: 'Web shell found', category: 'backdoor', raw: 'Web Shell', severity: '' },
      { title: 'Something odd', category: 'uncategorized', raw: 'mystery label', severity: '' },
    ]);
    expect(changeRows(store, result.batchId)).toHaveLength(4);
    expect(aggregatesMatchRows(store.runtime.db)).toBe(true);
  });

  it('takes the whole store for an empty filter, dates and statuses included', async () => {
    const store = await triageStore();
    const all = await store.call('incidents.update', { target: { filter: {} }, edit: { status: 'triaged' } });
    // "Web shell found" was triaged already.
    expect(all.changed).toBe(5);
    const dated = await store.call('incidents.update', {
      target: { filter: { from: '2016-02-01', to: '2016-02-29', statuses: ['triaged'] } },
      edit: { status: 'false_positive', severity: 'low' },
    });
    expect(dated.changed).toBe(2);
    // Every field is matched against the filter as it was before the action: the status it changes
    // does not hide the severity change from the incidents the filter matched by status.
    expect(changeRows(store, dated.batchId).map((c) => c.field)).toEqual(['severity', 'status', 'status']);
    expect(
      store.runtime.db
        .prepare("SELECT title FROM incidents WHERE status = 'false_positive' ORDER BY id")
        .pluck()
        .all(),
    ).toEqual(['Botnet node', 'Fake shop']);
    expect(aggregatesMatchRows(store.runtime.db)).toBe(true);
  });

  it('matches nothing without error', async () => {
    const store = await triageStore();
    const result = await store.call('incidents.update', {
      target: { filter: { categories: ['ddos'] } },
      edit: { status: 'resolved' },
    });
    expect(result).toEqual({ batchId: null, changed: 0 });
  });
});

describe('tags', () => {
  it('adds and removes tags in one normal form, without repeats, keeping their spelling', async () => {
    const store = await triageStore();
    const bank = store.idOf('Bank login page'); // "bank, urgent"
    const shop = store.idOf('Fake shop'); // no tags
    const result = await store.call('incidents.update', {
      target: { ids: [bank, shop] },
      edit: { addTags: ['Kit-42', ' urgent '], removeTags: ['BANK'] },
    });
    expect(result.changed).toBe(2);
    expect(store.row(bank).tags).toBe('urgent,Kit-42');
    expect(store.row(shop).tags).toBe('Kit-42,urgent');
    expect(changeRows(store, result.batchId)).toEqual([
      { incidentId: bank, field: 'tags', oldValue: 'bank, urgent', newValue: 'urgent,Kit-42' },
      { incidentId: shop, field: 'tags', oldValue: '', newValue: 'Kit-42,urgent' },
    ]);
    const removed = await store.call('incidents.update', {
      target: { filter: {} },
      edit: { removeTags: ['kit-42', 'urgent'] },
    });
    expect(removed.changed).toBe(2);
    expect(store.row(bank).tags).toBe('');
    expect(store.row(shop).tags).toBe('');
  });

  it('reads stored tags leniently and leaves a value alone when its tags do not change', () => {
    expect(parseTags(' a ;b，A ,, c、d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(editTags('a; b', ['A'], [])).toBe('a; b');
    expect(editTags('a; b', [], ['x'])).toBe('a; b');
    expect(editTags('a; b', ['c'], [])).toBe('a,b,c');
    expect(editTags('ａ,b', [], ['A'])).toBe('b');
  });
});

describe('invalid edits', () => {
  it('are refused by the contract with a message naming the problem', async () => {
    const store = await triageStore();
    const call = (input: unknown) => dispatch(store.runtime.handlers, 'incidents.update', input, pathContext);
    const id = store.idOf('Bank login page');
    expect(await call({ target: { ids: [id] }, edit: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/nothing to change/) as unknown },
    });
    expect(await call({ target: { ids: [id] }, edit: { status: 'closed' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/edit\.status/) as unknown },
    });
    expect(await call({ target: { ids: [] }, edit: { status: 'new' } })).toMatchObject({ ok: false });
    expect(await call({ target: { filter: { q: 'x' }, ids: [id] }, edit: { status: 'new' } })).toMatchObject({
      ok: false,
    });
  });

  it('are refused by the service before anything is written', async () => {
    const store = await triageStore();
    const id = store.idOf('Bank login page');
    const refused = async (edit: object, target: object = { ids: [id] }) => {
      const result = await dispatch(
        store.runtime.handlers,
        'incidents.update',
        { target, edit },
        pathContext,
      );
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.error.message;
    };
    expect(await refused({ addTags: ['a,b'] })).toMatch(/contains a separator/);
    expect(await refused({ addTags: ['x;y'] })).toMatch(/contains a separator/);
    expect(await refused({ addTags: ['Ops'], removeTags: ['ops'] })).toMatch(/both added and removed/);
    expect(await refused({ status: 'resolved' }, { ids: [id, 999_999] })).toMatch(/no incident 999999/);
    expect(store.row(id).status).toBe('new');
    expect(store.runtime.db.prepare('SELECT count(*) FROM change_batches').pluck().get()).toBe(0);
  });
});
