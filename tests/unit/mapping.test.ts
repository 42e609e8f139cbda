import { join } from 'node:path';
import iconvText from './helpers/gb18030';
import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../src/shared/mapping';
import { importFile } from '../../src/main/import/importFile';
import { previewFile } from '../../src/main/import/preview';
import { openStore, type Store } from '../../src/main/store/open';
import { mapLabel, unknownLabels } from '../../src/main/store/queries/labels';
import { listDuplicates, undoImport } from '../../src/main/store/queries/imports';
import { saveMapping } from '../../src/main/store/queries/mappings';
import { tempDir, tempFile } from './helpers/temp';

function freshStore(): Store {
  return openStore(join(tempDir(), 'vigil.db'));
}

const chinese = [
  '事件编号,发现时间,事件类型,级别,受影响目标,地区,行业,事件描述,报送单位,处置人',
  'A-001,2015/9/30 10:05,网页仿冒,高,http://bank.example.cn/,北京,金融,"仿冒某银行登录页面,已通报",国家中心,张三',
  'A-002,2015/10/02 08:00,网站后门,较大,gov.example.cn,上海,政府,发现 WebShell,省中心,李四',
  'A-003,2015/10/03,未知类型,一般,shop.example.cn,广东,电商,待核实,省中心,',
  'A-004,坏日期,网页篡改,低,x.example.cn,浙江,教育,首页被篡改,省中心,',
].join('\r\n');

describe('mapping a file whose header Vigil has never seen', () => {
  it('previews a GB18030 export with Chinese headers: suggested mapping, dates, problems in their cells', async () => {
    const db = freshStore();
    const path = tempFile('cn.csv', iconvText(chinese));
    const preview = await previewFile(db, { path, name: 'cn.csv' }, { rows: 20 });
    expect(preview.encoding).toBe('gb18030');
    expect(preview.delimiter).toBe(',');
    expect(preview.mappingOrigin).toBe('suggested');
    const columns = (field: keyof ImportMapping['fields']) => {
      const source = preview.mapping.fields[field];
      return source?.kind === 'columns' ? source.columns : null;
    };
    expect(columns('external_id')).toEqual([0]);
    expect(columns('detected_at')).toEqual([1]);
    expect(columns('category')).toEqual([2]);
    expect(columns('severity')).toEqual([3]);
    expect(columns('asset')).toEqual([4]);
    expect(columns('region')).toEqual([5]);
    expect(columns('sector')).toEqual([6]);
    expect(columns('description')).toEqual([7]);
    expect(columns('reporter')).toEqual([8]);
    expect(preview.unmappedColumns).toEqual([9]);
    expect(preview.timeField).toBe('detected_at');
    expect(preview.problems).toEqual([]);
    expect(preview.dateFormats.detected_at?.format).toBe('ymd');
    const [first, , third, fourth] = preview.rows;
    expect(first?.cells.detected_at?.value).toBe('2015-09-30T10:05:00Z');
    expect(first?.cells.category?.value).toBe('phishing');
    expect(first?.cells.severity?.value).toBe('high');
    expect(third?.cells.category).toMatchObject({
      value: 'uncategorized',
      problem: expect.stringContaining('未知类型') as string,
    });
    expect(fourth?.rejected).toMatch(/detected_at "坏日期" is not a date \(column 2\)/);
    expect(fourth?.cells.detected_at?.problem).toMatch(/not a date/);
    db.close();
  });

  it('imports it with a chosen mapping and time zone, keeps unmapped columns, and lists unknown labels', async () => {
    const db = freshStore();
    const path = tempFile('cn.csv', iconvText(chinese));
    const preview = await previewFile(db, { path, name: 'cn.csv' }, { rows: 5 });
    const mapping: ImportMapping = {
      ...preview.mapping,
      fields: {
        ...preview.mapping.fields,
        source: { kind: 'constant', value: '国家中心汇总' },
        title: { kind: 'columns', columns: [2, 4] },
      },
      timeZone: 'Asia/Shanghai',
    };
    const result = await importFile(db, { path, name: 'cn.csv' }, { mapping, saveMappingAs: '中心月报' });
    expect(result).toMatchObject({ rows: 4, imported: 3, rejected: 1, timeField: 'detected_at' });
    expect(result.unknownLabels).toEqual([{ label: '未知类型', count: 1 }]);
    const row = db.prepare("SELECT * FROM incidents WHERE external_id = 'A-001'").get() as Record<
      string,
      string
    >;
    expect(row).toMatchObject({
      occurred_at: '2015-09-30T02:05:00Z',
      detected_at: '2015-09-30T02:05:00Z',
      source: '国家中心汇总',
      title: '网页仿冒 http://bank.example.cn/',
      severity: 'high',
      sector: '金融',
    });
    expect(JSON.parse(row.extra ?? '{}')).toEqual({ 处置人: '张三' });
    // The mapping was saved under its name and applies to the next file with this header.
    const again = await previewFile(db, { path, name: 'cn.csv' }, { rows: 1 });
    expect(again.mappingOrigin).toBe('saved');
    expect(again.savedMapping?.name).toBe('中心月报');
    expect(again.mapping.timeZone).toBe('Asia/Shanghai');
    db.close();
  });

  it('maps an unknown label: stored incidents are re-categorized and later imports use it', async () => {
    const db = freshStore();
    const path = tempFile('cn.csv', iconvText(chinese));
    await importFile(db, { path, name: 'cn.csv' });
    expect(unknownLabels(db, 10)).toEqual([{ label: '未知类型', count: 1 }]);
    const changed = db
      .transaction(() => mapLabel(db, '未知类型', 'scanning', '2026-01-01T00:00:00Z'))
      .immediate();
    expect(changed).toBe(1);
    expect(unknownLabels(db, 10)).toEqual([]);
    expect(db.prepare("SELECT category FROM incidents WHERE external_id = 'A-003'").get()).toEqual({
      category: 'scanning',
    });
    const agg = db.prepare("SELECT sum(n) AS n FROM agg_day_category WHERE category = 'scanning'").get();
    expect(agg).toEqual({ n: 1 });
    const next = tempFile('next.csv', 'occurred_at,category,title\n2016-01-01,未知类型,x\n');
    await importFile(db, { path: next, name: 'next.csv' });
    expect(db.prepare("SELECT category FROM incidents WHERE title = 'x'").get()).toEqual({
      category: 'scanning',
    });
    db.close();
  });

  it('says which stored incident each duplicate repeats, and undo removes exactly one import', async () => {
    const db = freshStore();
    const a = tempFile(
      'a.csv',
      'external_id,occurred_at,source,title\nX1,2016-01-01,feed,one\nX2,2016-01-02,feed,two\n',
    );
    const b = tempFile(
      'b.csv',
      'external_id,occurred_at,source,title\nX2,2016-01-02,feed,two\nX3,2016-01-03,feed,three\nX3,2016-01-03,feed,three\n',
    );
    const first = await importFile(db, { path: a, name: 'a.csv' });
    const second = await importFile(db, { path: b, name: 'b.csv' });
    expect(second).toMatchObject({ imported: 1, duplicates: 2 });
    const x2 = db.prepare("SELECT id FROM incidents WHERE external_id = 'X2'").get() as { id: number };
    const x3 = db.prepare("SELECT id FROM incidents WHERE external_id = 'X3'").get() as { id: number };
    expect(second.duplicatesOf).toEqual([
      { line: 2, incidentId: x2.id, externalId: 'X2', title: 'two', importId: first.importId },
      { line: 4, incidentId: x3.id, externalId: 'X3', title: 'three', importId: second.importId },
    ]);
    expect(listDuplicates(db, second.importId!, 10).total).toBe(2);
    const removed = db
      .transaction(() => undoImport(db, second.importId!, '2026-01-01T00:00:00Z'))
      .immediate();
    expect(removed).toBe(1);
    expect(
      (db.prepare('SELECT external_id FROM incidents ORDER BY id').all() as { external_id: string }[]).map(
        (r) => r.external_id,
      ),
    ).toEqual(['X1', 'X2']);
    expect(db.prepare('SELECT sum(n) AS n FROM agg_day_category').get()).toEqual({ n: 2 });
    expect(() => undoImport(db, second.importId!, 'later')).toThrow(/already undone/);
    // Undone, the file imports again in full.
    const third = await importFile(db, { path: b, name: 'b.csv' });
    expect(third).toMatchObject({ imported: 1, duplicates: 2 });
    db.close();
  });

  it('applies a saved mapping by header even when the file comes again under another name', async () => {
    const db = freshStore();
    const headers = ['Time', 'Kind', 'What'];
    saveMapping(
      db,
      {
        name: 'feed-x',
        headers,
        mapping: {
          fields: {
            occurred_at: { kind: 'columns', columns: [0] },
            category: { kind: 'columns', columns: [1] },
            description: { kind: 'columns', columns: [2] },
          },
          dateFormat: 'dmy',
          timeZone: 'UTC',
        },
      },
      '2026-01-01T00:00:00Z',
    );
    const path = tempFile('other-name.csv', 'Time,Kind,What\n03/04/2016,ddos,flood\n');
    const result = await importFile(db, { path, name: 'other-name.csv' });
    expect(result.imported).toBe(1);
    expect(db.prepare('SELECT occurred_at, description FROM incidents').get()).toEqual({
      occurred_at: '2016-04-03T00:00:00Z',
      description: 'flood',
    });
    expect(db.prepare('SELECT mapping_name FROM imports').get()).toEqual({ mapping_name: 'feed-x' });
    db.close();
  });
});
