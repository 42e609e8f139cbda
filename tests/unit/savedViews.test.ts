import { describe, expect, it } from 'vitest';
import { openTestStore } from './helpers/incidentStore';

describe('saved views', () => {
  it('saves, lists by name, replaces by name and deletes', async () => {
    const store = openTestStore();
    expect(await store.call('views.list', {})).toEqual({ rows: [] });
    const phishing = await store.call('views.save', {
      name: 'Phishing',
      hash: '#/incidents?category=phishing',
    });
    const all = await store.call('views.save', { name: ' All ', hash: '#/incidents' });
    expect(all.name).toBe('All');
    expect((await store.call('views.list', {})).rows.map((v) => v.name)).toEqual(['All', 'Phishing']);

    const replaced = await store.call('views.save', {
      name: 'Phishing',
      hash: '#/incidents?category=phishing&q=bank',
    });
    expect(replaced).toMatchObject({
      id: phishing.id,
      createdAt: phishing.createdAt,
      hash: '#/incidents?category=phishing&q=bank',
    });
    expect(replaced.updatedAt >= phishing.updatedAt).toBe(true);
    expect((await store.call('views.list', {})).rows).toHaveLength(2);

    expect(await store.call('views.delete', { id: phishing.id })).toEqual({ deleted: true });
    expect(await store.call('views.delete', { id: phishing.id })).toEqual({ deleted: false });
    expect((await store.call('views.list', {})).rows).toEqual([all]);
  });

  it('refuses an empty name and an oversized hash', async () => {
    const store = openTestStore();
    expect(await store.fail('views.save', { name: '  ', hash: '#/' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await store.fail('views.save', { name: 'x', hash: '#'.repeat(9000) })).toMatchObject({
      code: 'invalid_input',
    });
  });
});
