import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/main/import/importFile';
import { JsonArrayReader, JsonLinesReader, type JsonItem } from '../../src/main/import/jsonReader';
import { englishReason } from '../../src/main/import/rejectText';
import { previewFile } from '../../src/main/import/preview';
import { openStore } from '../../src/main/store/open';
import { tempDir, tempFile } from './helpers/temp';

function readAll(
  reader: { push(t: string): JsonItem[]; end(): JsonItem[] },
  text: string,
  chunk: number,
): JsonItem[] {
  const out: JsonItem[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...reader.push(text.slice(i, i + chunk)));
  out.push(...reader.end());
  return out;
}

const array = `[
  {"id": "J-1", "time": "2016-05-01T08:00:00Z", "type": "phishing", "title": "Fake \\"bank\\" page, {not json}", "tags": ["a", "b"]},
  {"id": "J-2", "time": "2016-05-02", "type": "钓鱼", "title": "仿冒页面", "count": 3, "ok": true, "note": null},
  42,
  {"id": "J-3", "time": "2016-05-03", "type": "ddos", "title": "late key", "late": "kept"}
]`;

describe('JSON exports', () => {
  it('cuts a JSON array into its elements at any chunk size, with the line each starts on', () => {
    const whole = readAll(new JsonArrayReader(), array, array.length);
    for (const chunk of [1, 2, 3, 7, 64]) expect(readAll(new JsonArrayReader(), array, chunk)).toEqual(whole);
    expect(whole.map((item) => item.line)).toEqual([2, 3, 4, 5]);
    expect(whole[0]?.value).toMatchObject({ id: 'J-1', title: 'Fake "bank" page, {not json}' });
    expect(whole[2]?.value).toBe(42);
  });

  it('reports an array that never closes, and a file that is not an array', () => {
    const unclosed = readAll(new JsonArrayReader(), '[{"a": 1}, {"b": ', 3).at(-1)?.problem;
    expect(englishReason(unclosed!)).toMatch(/not closed/);
    const notArray = readAll(new JsonArrayReader(), '"just text"', 4).at(-1)?.problem;
    expect(englishReason(notArray!)).toMatch(/array of objects/);
  });

  it('reads NDJSON line by line, a broken line being one problem', () => {
    const items = readAll(new JsonLinesReader(), '{"a":1}\r\n\n{"a":\n{"a":3}', 5);
    expect(items.map((i) => [i.line, i.problem === undefined])).toEqual([
      [1, true],
      [3, false],
      [4, true],
    ]);
  });

  it('imports a JSON array: keys as columns, nested values as JSON, later keys and odd elements accounted for', async () => {
    const db = openStore(join(tempDir(), 'vigil.db'));
    const path = tempFile('export.json', array);
    const preview = await previewFile(db, { path, name: 'export.json' }, { rows: 10 });
    expect(preview.format).toBe('json');
    expect(preview.headers).toEqual(['id', 'time', 'type', 'title', 'tags', 'count', 'ok', 'note', 'late']);
    const result = await importFile(db, { path, name: 'export.json' });
    expect(result).toMatchObject({ rows: 4, imported: 3, rejected: 1 });
    expect(result.rejects[0]).toMatchObject({ line: 4, reason: 'expected a JSON object, found a number' });
    const rows = db
      .prepare('SELECT external_id, occurred_at, category, title, extra FROM incidents ORDER BY id')
      .all() as Record<string, string>[];
    expect(rows.map((r) => [r.external_id, r.category])).toEqual([
      ['J-1', 'phishing'],
      ['J-2', 'phishing'],
      ['J-3', 'ddos'],
    ]);
    expect(db.prepare("SELECT tags FROM incidents WHERE external_id = 'J-1'").get()).toEqual({
      tags: '["a","b"]',
    });
    expect(JSON.parse(rows[1]!.extra!)).toEqual({ count: '3', ok: 'true' });
    expect(JSON.parse(rows[2]!.extra!)).toEqual({ late: 'kept' });
    expect(db.prepare('SELECT format FROM imports').get()).toEqual({ format: 'json' });
    db.close();
  });

  it('keeps keys that first appear after the objects the header was read from', async () => {
    const db = openStore(join(tempDir(), 'vigil.db'));
    const lines = Array.from({ length: 600 }, (_, i) =>
      JSON.stringify({ occurred_at: '2016-07-01', title: `t${String(i)}` }),
    );
    lines.push(JSON.stringify({ occurred_at: '2016-07-02', title: 'last', surprise: 'still here' }));
    const result = await importFile(db, {
      path: tempFile('long.ndjson', lines.join('\n')),
      name: 'long.ndjson',
    });
    expect(result.imported).toBe(601);
    expect(db.prepare("SELECT extra FROM incidents WHERE title = 'last'").get()).toEqual({
      extra: '{"surprise":"still here"}',
    });
    db.close();
  });

  it('imports NDJSON, and rejects a malformed line with its number', async () => {
    const db = openStore(join(tempDir(), 'vigil.db'));
    const text =
      '{"occurred_at":"2016-06-01","title":"one"}\n{"occurred_at":\n{"occurred_at":"2016-06-02","title":"two"}\n';
    const result = await importFile(db, { path: tempFile('feed.ndjson', text), name: 'feed.ndjson' });
    expect(result).toMatchObject({ rows: 3, imported: 2, rejected: 1 });
    expect(result.rejects[0]?.line).toBe(2);
    expect(result.rejects[0]?.reason).toMatch(/not valid JSON/);
    db.close();
  });
});
