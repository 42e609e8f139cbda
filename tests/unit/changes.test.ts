import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/services/dispatch';
import { operatorName } from '../../src/main/services/triageHandlers';
import { MIGRATIONS } from '../../src/main/store/migrations';
import { openStore } from '../../src/main/store/open';
import { aggregatesMatchRows } from './helpers/aggregates';
import { tempDir } from './helpers/temp';
import { pathContext, triageStore } from './helpers/triageStore';

describe('migration 0007', () => {
  it('adds the batches and changes tables with their indexes to a version 6 store', () => {
    const path = join(tempDir(), 'v6.db');
    const upTo6 = MIGRATIONS.filter((m) => m.version <= 6);
    openStore(path, { migrations: upTo6 }).close();
    const db = openStore(path);
    try {
      const names = db
        .prepare(
          "SELECT name FROM sqlite_master WHERE name LIKE 'change_batches%' OR name LIKE 'incident_changes%'",
        )
        .pluck()
        .all();
      expect(names).toEqual(
        expect.arrayContaining([
          'change_batches',
          'incident_changes',
          'incident_changes_incident',
          'incident_changes_batch',
        ]),
      );
      expect(() =>
        db
          .prepare(
            "INSERT INTO incident_changes (batch_id, incident_id, field, old_value, new_value) VALUES (1, 1, 'title', '', '')",
          )
          .run(),
      ).toThrow(/CHECK|FOREIGN KEY/);
    } finally {
      db.close();
    }
  });
});

describe('changes.list and incidents.history', () => {
  it('lists batches newest first with a sentence, and one incident’s changes newest first', async () => {
    const store = await triageStore();
    const bank = store.idOf('Bank login page');
    const shop = store.idOf('Fake shop');
    const first = await store.call('incidents.update', {
      target: { ids: [bank, shop] },
      edit: { status: 'resolved' },
    });
    const second = await store.call('incidents.update', {
      target: { ids: [bank] },
      edit: { severity: '', addTags: ['kit'] },
    });
    const { rows } = await store.call('changes.list', { limit: 10 });
    expect(rows.map((r) => [r.id, r.summary, r.incidents, r.undoneAt])).toEqual([
      [second.batchId, 'severity → none, tags + kit on 1 incident', 1, null],
      [first.batchId, 'status → resolved on 2 incidents', 2, null],
    ]);
    expect(rows[0]?.by).toBe(operatorName());
    expect(operatorName()).toBe(userInfo().username);

    const history = await store.call('incidents.history', { id: bank });
    expect(history.rows.map((c) => [c.batchId, c.field, c.oldValue, c.newValue])).toEqual([
      [second.batchId, 'tags', 'bank, urgent', 'bank,urgent,kit'],
      [second.batchId, 'severity', 'high', ''],
      [first.batchId, 'status', 'new', 'resolved'],
    ]);
    expect(history.rows[0]).toMatchObject({ incidentId: bank, by: operatorName(), undoneAt: null });
    expect((await store.call('incidents.history', { id: store.idOf('Botnet node') })).rows).toEqual([]);
    const missing = await dispatch(store.runtime.handlers, 'incidents.history', { id: 424242 }, pathContext);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('changes.undo', () => {
  it('reverts exactly the batch, keeps the aggregates exact and marks the batch undone', async () => {
    const store = await triageStore();
    const db = store.runtime.db;
    const snapshot = () =>
      db
        .prepare(
          'SELECT id, status, severity, category, category_raw, tags, notes FROM incidents ORDER BY id',
        )
        .all();
    const before = snapshot();
    const action = await store.call('incidents.update', {
      target: { filter: {} },
      edit: { category: 'ddos', severity: 'low', status: 'resolved', notes: 'bulk', addTags: ['wave-1'] },
    });
    expect(aggregatesMatchRows(db)).toBe(true);
    expect(snapshot()).not.toEqual(before);
    const { reverted } = await store.call('changes.undo', { batchId: action.batchId ?? 0 });
    expect(reverted).toBe(
      db.prepare('SELECT count(*) FROM incident_changes WHERE batch_id = ?').pluck().get(action.batchId),
    );
    expect(snapshot()).toEqual(before);
    expect(aggregatesMatchRows(db)).toBe(true);
    const [batch] = (await store.call('changes.list', { limit: 1 })).rows;
    expect(batch?.undoneAt).toEqual(expect.any(String));
    expect(store.events.flatMap((e) => (e.type === 'store.changed' ? [e.reason] : []))).toEqual([
      'triage',
      'undoChanges',
    ]);
    const again = await dispatch(
      store.runtime.handlers,
      'changes.undo',
      { batchId: action.batchId },
      pathContext,
    );
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/already undone/) as unknown },
    });
    const unknown = await dispatch(store.runtime.handlers, 'changes.undo', { batchId: 999 }, pathContext);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('leaves a field a later action changed again, and counts only what it put back', async () => {
    const store = await triageStore();
    const bank = store.idOf('Bank login page');
    const shop = store.idOf('Fake shop');
    const first = await store.call('incidents.update', {
      target: { ids: [bank, shop] },
      edit: { status: 'resolved', severity: 'medium' },
    });
    await store.call('incidents.update', { target: { ids: [shop] }, edit: { status: 'false_positive' } });
    const { reverted } = await store.call('changes.undo', { batchId: first.batchId ?? 0 });
    // bank: status and severity; shop: severity only (its status was changed since).
    expect(reverted).toBe(3);
    expect(store.row(bank)).toMatchObject({ status: 'new', severity: 'high' });
    expect(store.row(shop)).toMatchObject({ status: 'false_positive', severity: 'low' });
    expect(aggregatesMatchRows(store.runtime.db)).toBe(true);
  });

  it('leaves a field changed back and forth since, and reverts it once the later action is undone', async () => {
    const store = await triageStore();
    const bank = store.idOf('Bank login page');
    const first = await store.call('incidents.update', {
      target: { ids: [bank] },
      edit: { status: 'resolved' },
    });
    const second = await store.call('incidents.update', {
      target: { ids: [bank] },
      edit: { status: 'triaged' },
    });
    const third = await store.call('incidents.update', {
      target: { ids: [bank] },
      edit: { status: 'resolved' },
    });
    // The value is the first action's again, but the third one set it: it wins.
    expect((await store.call('changes.undo', { batchId: first.batchId ?? 0 })).reverted).toBe(0);
    expect(store.row(bank).status).toBe('resolved');
    expect((await store.call('changes.undo', { batchId: third.batchId ?? 0 })).reverted).toBe(1);
    expect((await store.call('changes.undo', { batchId: second.batchId ?? 0 })).reverted).toBe(1);
    expect(store.row(bank).status).toBe('resolved');
  });

  it('leaves a category a label mapping changed since', async () => {
    const store = await triageStore();
    const odd = store.idOf('Something odd');
    const shop = store.idOf('Fake shop');
    const action = await store.call('incidents.update', {
      target: { ids: [odd, shop] },
      edit: { category: 'uncategorized' },
    });
    await store.runtime.handlers['labels.map']({ label: 'phishing', category: 'fraud' }, pathContext);
    expect(store.row(shop).category).toBe('fraud');
    const { reverted } = await store.call('changes.undo', { batchId: action.batchId ?? 0 });
    expect(reverted).toBe(0);
    expect(store.row(shop).category).toBe('fraud');
    expect(aggregatesMatchRows(store.runtime.db)).toBe(true);
  });
});
