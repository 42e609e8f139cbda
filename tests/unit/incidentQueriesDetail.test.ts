import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { csvText, openTestStore } from './helpers/incidentStore';

const HEADER = [
  'ticket',
  'external_id',
  'occurred_at',
  'category',
  'severity',
  'title',
  'analyst',
  'asset',
  '',
];
const ROW = {
  ticket: 'T-1',
  external_id: 'X1',
  occurred_at: '2016-05-01T08:00:00Z',
  category: '钓鱼',
  severity: 'sev-9',
  title: 'Fake bank login',
  analyst: 'li',
  asset: 'http://bank.example/',
  '': 'no header',
};

describe('incidents.get', () => {
  it('returns every field, the extra columns, provenance and the source row in the file order', async () => {
    const store = openTestStore();
    const path = `${store.rt.db.name}.csv`;
    writeFileSync(path, csvText([ROW], HEADER));
    await store.call('import.start', {
      files: [{ file: { kind: 'path', path, name: 'feed.csv' }, saveMappingAs: 'feed' }],
    });
    await store.rt.tasks.whenIdle();
    const [record] = (await store.call('imports.list', {})).rows;
    const detail = await store.call('incidents.get', { id: 1 });
    expect(detail).toMatchObject({
      id: 1,
      externalId: 'X1',
      occurredAt: '2016-05-01T08:00:00Z',
      category: 'phishing',
      categoryRaw: '钓鱼',
      severity: '',
      status: 'new',
      title: 'Fake bank login',
      asset: 'http://bank.example/',
      closedAt: null,
      notes: '',
      extra: { severity: 'sev-9', ticket: 'T-1', analyst: 'li', 'column 9': 'no header' },
      provenance: { importId: record?.id, fileName: 'feed.csv', sha256: record?.sha256, line: 2 },
    });
    expect(detail.provenance.importedAt).toBe(record?.startedAt);
    expect(detail.fingerprint).toMatch(/\S/);
    expect(detail.sourceColumns).toEqual([
      { header: 'ticket', value: 'T-1' },
      { header: 'external_id', value: 'X1' },
      { header: 'occurred_at', value: '2016-05-01T08:00:00Z' },
      { header: 'category', value: '钓鱼' },
      { header: 'severity', value: 'sev-9' },
      { header: 'title', value: 'Fake bank login' },
      { header: 'analyst', value: 'li' },
      { header: 'asset', value: 'http://bank.example/' },
      { header: 'column 9', value: 'no header' },
    ]);
  });

  it('names mapped columns by field and puts unmapped ones after them when the header is not kept', async () => {
    const store = openTestStore();
    await store.importRows([ROW], HEADER);
    const detail = await store.call('incidents.get', { id: 1 });
    expect(detail.sourceColumns.map((c) => c.header)).toEqual([
      'external_id',
      'occurred_at',
      'category',
      'severity',
      'title',
      'asset',
      'ticket',
      'analyst',
      'column 9',
    ]);
    expect(detail.provenance.line).toBe(2);
  });

  it('answers not_found for an incident that is not stored', async () => {
    const store = openTestStore();
    expect(await store.fail('incidents.get', { id: 42 })).toMatchObject({ code: 'not_found' });
    expect(await store.fail('incidents.get', { id: -1 })).toMatchObject({ code: 'invalid_input' });
  });
});
