import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/main/store/open';
import { openStore } from '../../src/main/store/open';
import { importFile } from '../../src/main/import/importFile';
import { runImportJob } from '../../src/main/import/runJob';
import { fixture, tempDir, tempFile } from './helpers/temp';
import { aggregateRows, aggregatesMatchRows } from './helpers/aggregates';

function freshStore(): Store {
  return openStore(join(tempDir(), 'vigil.db'));
}

/** Everything a failed import must leave exactly as it was. */
function snapshot(db: Store): unknown {
  return {
    incidents: db.prepare('SELECT * FROM incidents ORDER BY id').all(),
    imports: db.prepare('SELECT * FROM imports ORDER BY id').all(),
    rejects: db.prepare('SELECT * FROM import_rejects ORDER BY id').all(),
    agg: aggregateRows(db),
  };
}

describe('importFile', () => {
  it('stores rows with provenance, normalizes values and keeps rejects with line and reason', async () => {
    const db = freshStore();
    const result = await importFile(db, {
      path: fixture('incidents-basic.csv'),
      name: 'incidents-basic.csv',
    });
    expect(result).toMatchObject({ rows: 7, imported: 6, duplicates: 0, rejected: 1, error: null });
    expect(result.rejects).toHaveLength(1);
    expect(result.rejects[0]?.line).toBe(7);
    expect(result.rejects[0]?.reason).toMatch(/occurred_at "not a date" is not a date \(column 2\)/);
    const rows = db
      .prepare(
        'SELECT external_id, occurred_at, category, category_raw, severity, source_row, import_id, extra FROM incidents ORDER BY id',
      )
      .all() as Record<string, unknown>[];
    expect(rows.map((r) => r.external_id)).toEqual([
      'CN-2016-0001',
      'CN-2016-0002',
      'CN-2016-0003',
      'CN-2016-0004',
      'CN-2016-0006',
      'CN-2016-0007',
    ]);
    expect(rows.map((r) => r.source_row)).toEqual([2, 3, 4, 5, 8, 9]);
    expect(rows.every((r) => r.import_id === result.importId)).toBe(true);
    expect(rows[1]).toMatchObject({
      occurred_at: '2016-01-19T14:02:00Z',
      category: 'defacement',
      category_raw: '网页篡改',
    });
    // +08:00 is converted to UTC: the 29th of February at 23:59 in Beijing is 15:59 UTC.
    expect(rows[3]).toMatchObject({ occurred_at: '2016-02-29T15:59:59Z', category: 'ddos', severity: 'low' });
    expect(rows[4]).toMatchObject({ category: 'backdoor', category_raw: 'Web Shell' });
    expect(rows[5]).toMatchObject({ category: 'uncategorized', category_raw: 'mystery label', severity: '' });
    const reject = db.prepare('SELECT line, raw, reason FROM import_rejects').get() as Record<
      string,
      unknown
    >;
    expect(reject.line).toBe(7);
    expect(reject.raw).toBe(
      'CN-2016-0005,not a date,backdoor,high,Web shell found,shop.example.test,cncert,Tianjin',
    );
    const imp = db.prepare('SELECT * FROM imports').get() as Record<string, unknown>;
    expect(imp).toMatchObject({
      file_name: 'incidents-basic.csv',
      encoding: 'utf-8',
      delimiter: ',',
      imported: 6,
      rejected: 1,
    });
    expect(imp.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(aggregatesMatchRows(db)).toBe(true);
    db.close();
  });

  it('stores nothing twice: a second import of the same file counts every row as a duplicate', async () => {
    const db = freshStore();
    const file = { path: fixture('incidents-basic.csv'), name: 'incidents-basic.csv' };
    await importFile(db, file);
    const second = await importFile(db, file);
    expect(second).toMatchObject({ imported: 0, duplicates: 6, rejected: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM incidents').get()).toEqual({ n: 6 });
    expect(aggregatesMatchRows(db)).toBe(true);
    db.close();
  });

  it('dedupes rows without an id by their content, within a file and against the store', async () => {
    const db = freshStore();
    const csv =
      'occurred_at,category,title,asset\n2016-04-01,phishing,Fake page,a.test\n2016-04-01,phishing,Fake page,a.test\n2016-04-02,phishing,Fake page,a.test\n';
    const first = await importFile(db, { path: tempFile('a.csv', csv), name: 'a.csv' });
    expect(first).toMatchObject({ imported: 2, duplicates: 1 });
    const again = await importFile(db, {
      path: tempFile('b.csv', csv.replace('2016-04-02', '2016-04-03')),
      name: 'b.csv',
    });
    expect(again).toMatchObject({ imported: 1, duplicates: 2 });
    db.close();
  });

  it('reads CRLF files with multi-line quoted fields and keeps the line of each record', async () => {
    const db = freshStore();
    const result = await importFile(db, { path: fixture('crlf-multiline.csv'), name: 'crlf-multiline.csv' });
    expect(result).toMatchObject({ imported: 1, rejected: 1 });
    expect(result.rejects[0]?.line).toBe(4);
    expect(result.rejects[0]?.reason).toMatch(/occurred_at is empty/);
    expect(db.prepare('SELECT title, source_row FROM incidents').get()).toEqual({
      title: 'line one\r\nline two',
      source_row: 2,
    });
    db.close();
  });

  it('keeps unmapped columns in extra, imports short rows and rejects rows with too many fields', async () => {
    const db = freshStore();
    const csv =
      'occurred_at,title,Ticket Owner,Ticket Owner\n2016-01-01,one,alice,bob\n2016-01-02,two\n2016-01-03,three,x,y,z\n';
    const result = await importFile(db, { path: tempFile('x.csv', csv), name: 'x.csv' });
    expect(result).toMatchObject({ imported: 2, rejected: 1 });
    expect(result.rejects[0]?.reason).toBe('has 5 fields but the header has 4');
    const extras = (db.prepare('SELECT extra FROM incidents ORDER BY id').all() as { extra: string }[]).map(
      (r) => JSON.parse(r.extra) as unknown,
    );
    expect(extras).toEqual([{ 'Ticket Owner': 'alice', 'Ticket Owner (2)': 'bob' }, {}]);
    db.close();
  });

  it('reads the occurrence time from detected_at when the export has no occurred_at, and says so', async () => {
    const db = freshStore();
    const csv = 'title,reported_at,detected_at\nA,2016-02-03,2016-02-01T09:00:00Z\nB,2016-02-04,\n';
    const result = await importFile(db, { path: tempFile('d.csv', csv), name: 'd.csv' });
    expect(result).toMatchObject({ imported: 1, rejected: 1, timeField: 'detected_at' });
    expect(result.rejects[0]?.reason).toMatch(/detected_at is empty \(column 3\)/);
    expect(db.prepare('SELECT occurred_at, detected_at, reported_at FROM incidents').get()).toEqual({
      occurred_at: '2016-02-01T09:00:00Z',
      detected_at: '2016-02-01T09:00:00Z',
      reported_at: '2016-02-03T00:00:00Z',
    });
    const normal = await importFile(db, { path: fixture('crlf-multiline.csv'), name: 'c.csv' });
    expect(normal.timeField).toBe('occurred_at');
    db.close();
  });

  it('decodes UTF-8 with BOM, UTF-16 LE and GB18030, and sniffs the delimiter', async () => {
    const db = freshStore();
    const text = 'occurred_at;category;title\r\n2016-06-01;钓鱼;仿冒银行网站\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const gb = Buffer.from([
      ...Buffer.from('occurred_at\tcategory\ttitle\n2016-06-02\t'),
      // 网页篡改 and 首页 in GB18030
      0xcd,
      0xf8,
      0xd2,
      0xb3,
      0xb4,
      0xdb,
      0xb8,
      0xc4,
      0x09,
      0xca,
      0xd7,
      0xd2,
      0xb3,
      0x0a,
    ]);
    const r1 = await importFile(db, { path: tempFile('bom.csv', '\uFEFF' + text), name: 'bom.csv' });
    const r2 = await importFile(db, { path: tempFile('u16.csv', utf16), name: 'u16.csv' });
    const r3 = await importFile(db, { path: tempFile('gb.csv', gb), name: 'gb.csv' });
    expect([r1.imported, r2.duplicates, r3.imported]).toEqual([1, 1, 1]);
    const encodings = db.prepare('SELECT encoding, delimiter FROM imports ORDER BY id').all() as Record<
      string,
      string
    >[];
    expect(encodings).toEqual([
      { encoding: 'utf-8', delimiter: ';' },
      { encoding: 'utf-16le', delimiter: ';' },
      { encoding: 'gb18030', delimiter: '\t' },
    ]);
    expect(db.prepare('SELECT category, category_raw, title FROM incidents ORDER BY id').all()).toEqual([
      { category: 'phishing', category_raw: '钓鱼', title: '仿冒银行网站' },
      { category: 'defacement', category_raw: '网页篡改', title: '首页' },
    ]);
    db.close();
  });

  it('decodes UTF-16 BE with a BOM and falls back to Latin-1 for bytes that are neither UTF-8 nor GB18030', async () => {
    const db = freshStore();
    const text = 'occurred_at,title\n2016-06-03,Café défacé\n';
    const be = Buffer.from(text, 'utf16le').swap16();
    const r1 = await importFile(db, {
      path: tempFile('be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be])),
      name: 'be.csv',
    });
    const r2 = await importFile(db, {
      path: tempFile('l1.csv', Buffer.from(text.replace('2016-06-03', '2016-06-04'), 'latin1')),
      name: 'l1.csv',
    });
    expect([r1.imported, r2.imported]).toEqual([1, 1]);
    expect(db.prepare('SELECT encoding FROM imports ORDER BY id').all()).toEqual([
      { encoding: 'utf-16be' },
      { encoding: 'latin1' },
    ]);
    expect(db.prepare('SELECT title FROM incidents ORDER BY id').all()).toEqual([
      { title: 'Café défacé' },
      { title: 'Café défacé' },
    ]);
    db.close();
  });

  it('reads a file in the encoding and delimiter the user chose over the guess', async () => {
    const db = freshStore();
    const path = tempFile('pipe.csv', 'occurred_at|title,with comma\n2016-06-05|a,b\n');
    const guessed = await importFile(db, { path, name: 'pipe.csv' }, { read: { delimiter: '|' } });
    expect(guessed.imported).toBe(1);
    expect(db.prepare('SELECT title, extra FROM incidents').get()).toEqual({
      title: '',
      extra: '{"title,with comma":"a,b"}',
    });
    db.close();
  });

  const badFiles: [string, string | Uint8Array, string, RegExp][] = [
    ['empty.csv', '', 'empty_file', /empty/],
    ['blank.csv', '\n\n  \n', 'missing_column', /no occurred_at column/],
    [
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
      'not_csv',
      /not a CSV file/,
    ],
    [
      'no-time.csv',
      'external_id,title\nA,b\n',
      'missing_column',
      /no occurred_at column.*external_id, title/,
    ],
    ['header-only.csv', 'external_id,occurred_at,title\n', 'no_rows', /header but no data rows/],
  ];
  for (const [name, content, code, message] of badFiles) {
    it(`refuses ${name} with a clear error naming the file, and changes nothing`, async () => {
      const db = freshStore();
      await importFile(db, { path: fixture('incidents-basic.csv'), name: 'incidents-basic.csv' });
      const before = snapshot(db);
      const path = tempFile(name, content);
      await expect(importFile(db, { path, name })).rejects.toMatchObject({
        code,
        file: name,
        message: expect.stringMatching(message) as string,
      });
      expect(snapshot(db)).toEqual(before);
      expect(db.inTransaction).toBe(false);
      db.close();
    });
  }

  it('a cancelled import leaves the store as it was, and the next import succeeds', async () => {
    const db = freshStore();
    const lines = ['external_id,occurred_at,title'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`ID-${String(i)},2016-01-01T00:00:00Z,row ${String(i)} ${'x'.repeat(40)}`);
    const path = join(tempDir(), 'big.csv');
    writeFileSync(path, lines.join('\n'));
    const before = snapshot(db);
    const controller = new AbortController();
    const run = importFile(
      db,
      { path, name: 'big.csv' },
      {
        signal: controller.signal,
        onProgress: (tick) => {
          if (tick.rows > 0) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(snapshot(db)).toEqual(before);
    const after = await importFile(db, { path, name: 'big.csv' });
    expect(after.imported).toBe(60_000);
    db.close();
  });
});

describe('runImportJob', () => {
  it('imports each file on its own: a bad file does not stop the good ones', async () => {
    const db = freshStore();
    const result = await runImportJob(db, [
      { path: fixture('incidents-basic.csv'), name: 'incidents-basic.csv' },
      { path: tempFile('empty.csv', ''), name: 'empty.csv' },
      { path: fixture('crlf-multiline.csv'), name: 'crlf-multiline.csv' },
    ]);
    expect(result).toMatchObject({ imported: 7, duplicates: 0, rejected: 2 });
    expect(result.files.map((f) => f.error?.code ?? 'ok')).toEqual(['ok', 'empty_file', 'ok']);
    db.close();
  });
});

describe('indexes kept in step with the rows', () => {
  it('finds imported text by full-text search, and forgets it when rows change or go', async () => {
    const db = freshStore();
    await importFile(db, { path: fixture('incidents-basic.csv'), name: 'incidents-basic.csv' });
    const match = (q: string) =>
      (
        db.prepare('SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? ORDER BY rowid').all(q) as {
          rowid: number;
        }[]
      ).map((r) => r.rowid);
    const [counterfeit] = match('counterfeit');
    expect(counterfeit).toBeDefined();
    expect(match('"10.20.30.40"')).toHaveLength(1);
    db.prepare("UPDATE incidents SET title = 'Cloned login page' WHERE id = ?").run(counterfeit);
    expect(match('counterfeit')).toEqual([]);
    expect(match('cloned')).toEqual([counterfeit]);
    db.prepare(
      "UPDATE incidents SET category = 'fraud', occurred_at = '2017-05-05T00:00:00Z' WHERE id = ?",
    ).run(counterfeit);
    expect(aggregatesMatchRows(db)).toBe(true);
    db.prepare('DELETE FROM incidents').run();
    expect(match('cloned OR botnet OR shell')).toEqual([]);
    expect(aggregateRows(db)).toEqual({ categories: [], dims: [] });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec("INSERT INTO incidents_fts (incidents_fts) VALUES ('integrity-check')");
    db.close();
  });
});
