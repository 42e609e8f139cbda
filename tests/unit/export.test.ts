import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeDownload } from '../../src/main/export/downloads';
import { EXPORT_COLUMNS } from '../../src/main/export/exportColumns';
import { exportIncidents } from '../../src/main/export/exportIncidents';
import { dispatch } from '../../src/main/services/dispatch';
import { parseRfc4180 } from './helpers/rfc4180';
import { tempDir } from './helpers/temp';
import { pathContext, triageStore } from './helpers/triageStore';

function readCsv(path: string): { bom: boolean; header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(path, 'utf8');
  const bom = text.startsWith('\uFEFF');
  const [header = [], ...records] = parseRfc4180(bom ? text.slice(1) : text);
  return {
    bom,
    header,
    rows: records.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))),
  };
}

describe('incidents.export as CSV', () => {
  it('writes UTF-8 with BOM, CRLF, RFC 4180 quoting, Vigil’s field names and every matching row', async () => {
    const store = await triageStore();
    const out = join(tempDir(), 'all.csv');
    const result = await store.call('incidents.export', {
      filter: {},
      format: 'csv',
      destination: { kind: 'path', path: out },
    });
    expect(result).toEqual({ rows: 6, path: out });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(6 + 2);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const csv = readCsv(out);
    expect(csv.header).toEqual([...EXPORT_COLUMNS]);
    expect(csv.header.slice(0, 5)).toEqual([
      'external_id',
      'source',
      'occurred_at',
      'detected_at',
      'reported_at',
    ]);
    expect(csv.rows.map((r) => r.title)).toEqual([
      'Bank login page',
      '首页被篡改',
      'Botnet node',
      'Fake shop',
      'Web shell found',
      'Something odd',
    ]);
    expect(csv.rows[0]).toMatchObject({
      external_id: 'CN-1',
      occurred_at: '2016-01-04T08:15:00Z',
      category: 'phishing',
      tags: 'bank, urgent',
      extra: '{"Analyst Comment":"c1"}',
    });
    expect(csv.rows[3]).toMatchObject({
      external_id: '',
      status: 'new',
      extra: '{"status":"Open","Analyst Comment":"c4"}',
    });
    expect(csv.rows[4]).toMatchObject({ category: 'backdoor', category_raw: 'Web Shell', severity: '' });
    expect(csv.rows.every((r) => /^[0-9a-f]{32}$/.test(r.fingerprint ?? ''))).toBe(true);
    expect(text).toContain('"bank, urgent"');
    expect(text).toContain('"{""Analyst Comment"":""c1""}"');
  });

  it('writes only what the filter matches, and a header for none', async () => {
    const store = await triageStore();
    const dir = tempDir();
    const some = await store.call('incidents.export', {
      filter: { categories: ['phishing', 'malware'], from: '2016-02-01' },
      format: 'csv',
      destination: { kind: 'path', path: join(dir, 'some.csv') },
    });
    expect(some.rows).toBe(2);
    expect(readCsv(join(dir, 'some.csv')).rows.map((r) => r.title)).toEqual(['Botnet node', 'Fake shop']);
    const none = await store.call('incidents.export', {
      filter: { categories: ['ddos'] },
      format: 'csv',
      destination: { kind: 'path', path: join(dir, 'none.csv') },
    });
    expect(none.rows).toBe(0);
    expect(readCsv(join(dir, 'none.csv'))).toMatchObject({
      bom: true,
      header: [...EXPORT_COLUMNS],
      rows: [],
    });
  });

  it('pages through more rows than one read holds, in id order', async () => {
    const lines = ['external_id,occurred_at,title'];
    for (let i = 1; i <= 4_500; i++) lines.push(`X-${String(i)},2016-01-01,row ${String(i)}`);
    const store = await triageStore(lines.join('\n'));
    const out = join(tempDir(), 'many.csv');
    expect(exportIncidents(store.runtime.db, { filter: {}, format: 'csv', path: out }).rows).toBe(4_500);
    const ids = readCsv(out).rows.map((r) => r.external_id);
    expect(ids).toHaveLength(4_500);
    expect(ids[0]).toBe('X-1');
    expect(ids[2_000]).toBe('X-2001');
    expect(ids.at(-1)).toBe('X-4500');
  });
});

describe('incidents.export as JSON', () => {
  it('writes an array with one object per incident, extra as an object and absent values as null', async () => {
    const store = await triageStore();
    const out = join(tempDir(), 'all.json');
    const result = await store.call('incidents.export', {
      filter: { categories: ['phishing'] },
      format: 'json',
      destination: { kind: 'path', path: out },
    });
    expect(result.rows).toBe(2);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('[')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>[];
    expect(parsed).toHaveLength(2);
    expect(Object.keys(parsed[0] ?? {})).toEqual([...EXPORT_COLUMNS]);
    expect(parsed[0]).toMatchObject({
      external_id: 'CN-1',
      title: 'Bank login page',
      detected_at: null,
      extra: { 'Analyst Comment': 'c1' },
    });
    expect(parsed[1]).toMatchObject({
      external_id: null,
      extra: { status: 'Open', 'Analyst Comment': 'c4' },
    });
    const empty = join(tempDir(), 'none.json');
    await store.call('incidents.export', {
      filter: { categories: ['ddos'] },
      format: 'json',
      destination: { kind: 'path', path: empty },
    });
    expect(JSON.parse(readFileSync(empty, 'utf8'))).toEqual([]);
  });
});

describe('export destinations', () => {
  it('refuses a folder that does not exist and leaves no partial file behind', async () => {
    const store = await triageStore();
    const dir = tempDir();
    const result = await dispatch(
      store.runtime.handlers,
      'incidents.export',
      { filter: {}, format: 'csv', destination: { kind: 'path', path: join(dir, 'nope', 'x.csv') } },
      pathContext,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'file_unreadable' } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an existing file only once the new one is complete', async () => {
    const store = await triageStore();
    const dir = tempDir();
    const out = join(dir, 'x.csv');
    await store.call('incidents.export', {
      filter: {},
      format: 'csv',
      destination: { kind: 'path', path: out },
    });
    await store.call('incidents.export', {
      filter: { categories: ['malware'] },
      format: 'csv',
      destination: { kind: 'path', path: out },
    });
    expect(readCsv(out).rows).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });

  it('writes a download to a private temp file and returns its id', async () => {
    const store = await triageStore();
    const result = await store.call('incidents.export', {
      filter: {},
      format: 'csv',
      destination: { kind: 'download' },
    });
    expect(result.rows).toBe(6);
    expect(result.downloadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.path).toBeUndefined();
    const taken = takeDownload(result.downloadId ?? '');
    expect(readCsv(taken?.path ?? '').rows).toHaveLength(6);
    taken?.release();
    expect(takeDownload(result.downloadId ?? '')).toBeNull();
  });
});
