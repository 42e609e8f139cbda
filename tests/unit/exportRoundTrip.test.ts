import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../src/main/export/exportColumns';
import { exportIncidents } from '../../src/main/export/exportIncidents';
import { importFile } from '../../src/main/import/importFile';
import type { Store } from '../../src/main/store/open';
import { openStore } from '../../src/main/store/open';
import { aggregatesMatchRows } from './helpers/aggregates';
import { tempDir } from './helpers/temp';
import { triageStore } from './helpers/triageStore';

const csvLine = (cells: string[]): string => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');

/** Rows meant to break a round trip: formulas, quotes, line breaks, Chinese, unreadable values kept in extra. */
const SOURCE = [
  csvLine([
    'external_id',
    'occurred_at',
    'detected_at',
    'category',
    'severity',
    'status',
    'title',
    'description',
    'asset',
    'source',
    'region',
    'tags',
    'notes',
    'Extra One',
    'extra 2',
  ]),
  csvLine([
    'A-1',
    '2016-05-01T10:00:00Z',
    '2016-05-01 11:00',
    'phishing',
    'high',
    'new',
    '=HYPERLINK("http://x.test")',
    'line1\nline2, "quoted"',
    '-5',
    'cncert',
    'Beijing',
    'a, b',
    '',
    'v1',
    '',
  ]),
  csvLine([
    '',
    '2016-05-02',
    'garbage-date',
    '钓鱼',
    'P1',
    'Open',
    '+86 10 1234',
    '@SUM(A1)',
    "'=already quoted",
    'partner',
    '',
    '',
    'note',
    '',
    '=2+3',
  ]),
  csvLine([
    '',
    '2016-05-03',
    '',
    'mystery',
    'urgent?',
    '',
    '－全角',
    '＝全角',
    '＠x',
    'partner',
    '上海',
    '',
    '',
    '',
    '',
  ]),
  csvLine([
    '-A4',
    '2016-05-04',
    '',
    'malware',
    '',
    'resolved',
    '"quoted" title',
    '',
    '10.0.0.1',
    'cncert',
    '',
    '',
    '',
    '',
    '',
  ]),
  csvLine(['', '2016-05-05', '', '', '', '', 'same text', '', '', 'partner', '', '', '', '', '']),
  csvLine(['', '2016-05-05', '', '', '', '', 'same text', '', '', 'partner', '', '', '', '', 'differs here']),
].join('\r\n');

function content(db: Store): unknown[] {
  return db.prepare(`SELECT ${EXPORT_COLUMNS.join(', ')} FROM incidents ORDER BY id`).all();
}

async function triagedStore() {
  const store = await triageStore(SOURCE);
  // Values a triage gave, which no hash of the columns would reproduce.
  await store.call('incidents.update', {
    target: { filter: { categories: ['phishing'] } },
    edit: { category: 'fraud', addTags: ['=evil'], notes: '@analyst: check' },
  });
  await store.call('incidents.update', { target: { filter: {} }, edit: { status: 'triaged' } });
  return store;
}

describe.each(['csv', 'json'] as const)('an exported %s file imported again', (format) => {
  it('adds nothing to the store it came from: every row is a duplicate', async () => {
    const store = await triagedStore();
    const before = content(store.runtime.db);
    expect(before).toHaveLength(6);
    const out = join(tempDir(), `export.${format}`);
    await store.call('incidents.export', { filter: {}, format, destination: { kind: 'path', path: out } });
    const again = await importFile(store.runtime.db, { path: out, name: `export.${format}` });
    expect(again).toMatchObject({ imported: 0, duplicates: 6, rejected: 0 });
    expect(content(store.runtime.db)).toEqual(before);
  });

  it('stores the same rows in an empty store', async () => {
    const store = await triagedStore();
    const out = join(tempDir(), `export.${format}`);
    await store.call('incidents.export', { filter: {}, format, destination: { kind: 'path', path: out } });
    const empty = openStore(join(tempDir(), 'empty.db'));
    try {
      const result = await importFile(empty, { path: out, name: `export.${format}` });
      expect(result).toMatchObject({
        imported: 6,
        duplicates: 0,
        rejected: 0,
        // A label no category knows stays unknown, as in the store the file came from.
        unknownLabels: [{ label: 'mystery', count: 1 }],
      });
      expect(content(empty)).toEqual(content(store.runtime.db));
      expect(aggregatesMatchRows(empty)).toBe(true);
      // And the copy, exported in turn, is the same file.
      const copy = join(tempDir(), `copy.${format}`);
      exportIncidents(empty, { filter: {}, format, path: copy });
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync(out, 'utf8'));
    } finally {
      empty.close();
    }
  });
});

describe('the importer on files Vigil did not export', () => {
  it('keeps a leading quote and hashes the row when there is no fingerprint column', async () => {
    const store = await triageStore(
      ['external_id,occurred_at,title,category_raw,extra', `,2016-01-01,'=x,label,{"k":"v"}`].join('\n'),
    );
    const row = store.row(1);
    expect(row).toMatchObject({ title: "'=x", category: 'uncategorized', category_raw: '' });
    expect(JSON.parse(String(row.extra))).toEqual({ category_raw: 'label', k: 'v' });
  });

  it('hashes a row whose fingerprint cell is not one Vigil writes', async () => {
    const store = await triageStore(
      [
        'occurred_at,title,fingerprint',
        '2016-01-01,a,not-a-hash',
        '2016-01-01,b,0123456789abcdef0123456789ABCDEF',
      ].join('\n'),
    );
    const [first, second] = store.runtime.db
      .prepare('SELECT fingerprint FROM incidents ORDER BY id')
      .pluck()
      .all();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(first).not.toBe('not-a-hash');
    expect(second).toBe('0123456789abcdef0123456789abcdef');
  });
});
