// Property tests: whatever file an analyst is handed, the importer never crashes, never loses count of
// a row (new + duplicates + rejected = data rows) and never leaves the store damaged.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VigilFault } from '../../src/shared/errors';
import type { Delimiter } from '../../src/shared/mapping';
import { importFile } from '../../src/main/import/importFile';
import { openStore } from '../../src/main/store/open';
import { tempDir } from './helpers/temp';

const cell = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', 'Z', '9', ' ', ',', ';', '"', '\n', '\r\n', '中', '文', '-', ':', '/', 'T'),
    maxLength: 12,
  }),
  fc.constantFrom(
    '2016-03-31',
    '2016-03-31T14:05:00Z',
    '31/03/2016',
    '2016年3月31日',
    '',
    'N/A',
    'phishing',
    '钓鱼',
    'high',
    'P1',
  ),
);

const quote = (value: string): string => `"${value.replaceAll('"', '""')}"`;

describe('importing arbitrary files', () => {
  it('keeps count of every well-formed row and leaves a sound store', async () => {
    const dir = tempDir();
    const db = openStore(join(dir, 'vigil.db'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 25 }),
        fc.constantFrom<Delimiter>(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        async (rows, delimiter, newline) => {
          const header = ['external_id', 'occurred_at', 'category', 'severity', 'title'];
          const text = [header.join(delimiter), ...rows.map((r) => r.map(quote).join(delimiter))].join(
            newline,
          );
          const path = join(dir, `well-${String(n++)}.csv`);
          writeFileSync(path, text);
          const result = await importFile(db, { path, name: 'well.csv' }, { read: { delimiter } });
          expect(result.rows).toBe(rows.length);
          expect(result.imported + result.duplicates + result.rejected).toBe(rows.length);
          // Rows with more fields than the header are the only ones rejected for their shape.
          for (const reject of result.rejects) expect(reject.line).toBeGreaterThan(1);
        },
      ),
      { numRuns: 60 },
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('never crashes on malformed bytes: a clear refusal or a counted import, and an intact store', async () => {
    const dir = tempDir();
    const db = openStore(join(dir, 'vigil.db'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc
            .tuple(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }))
            .map(([a, b]) => Buffer.from(`occurred_at,title\n2016-01-01,${a}\n"${b}\n2016-01-02,x`)),
        ),
        async (bytes) => {
          const path = join(dir, `bad-${String(n++)}.csv`);
          writeFileSync(path, bytes);
          const before = db.prepare('SELECT count(*) AS n FROM incidents').get();
          try {
            const result = await importFile(db, { path, name: 'bad.csv' });
            expect(result.imported + result.duplicates + result.rejected).toBe(result.rows);
          } catch (err) {
            expect(err).toBeInstanceOf(VigilFault);
            expect((err as VigilFault).file).toBe('bad.csv');
            expect(db.prepare('SELECT count(*) AS n FROM incidents').get()).toEqual(before);
          }
          expect(db.inTransaction).toBe(false);
        },
      ),
      { numRuns: 120 },
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('the csv-spectrum cases through the importer', () => {
  it('stores every field of every case exactly, in the extra data of its incident', async () => {
    const root = join(__dirname, '..', '..', 'node_modules', 'csv-spectrum');
    const db = openStore(join(tempDir(), 'vigil.db'));
    // location_coordinates.json disagrees with its own CSV upstream (see csvReader.test.ts).
    const names = readdirSync(join(root, 'csvs')).filter(
      (n) => n.endsWith('.csv') && n !== 'location_coordinates.csv',
    );
    for (const name of names) {
      const expected = JSON.parse(
        readFileSync(join(root, 'json', name.replace(/\.csv$/, '.json')), 'utf8'),
      ) as Record<string, string>[];
      // No case has a time column: every row gets one constant time, and every column is kept as extra.
      const result = await importFile(
        db,
        { path: join(root, 'csvs', name), name },
        {
          mapping: {
            // The case's name as the source: cases with the same rows are other files, not duplicates.
            fields: {
              occurred_at: { kind: 'constant', value: '2016-01-01' },
              source: { kind: 'constant', value: name },
            },
            dateFormat: 'auto',
            timeZone: 'UTC',
          },
        },
      );
      expect(result.rows, name).toBe(expected.length);
      const stored = (
        db
          .prepare('SELECT extra FROM incidents WHERE import_id = ? ORDER BY source_row')
          .all(result.importId) as { extra: string }[]
      ).map((r) => JSON.parse(r.extra) as Record<string, string>);
      // Identical rows are one incident; compare the distinct rows, empty values left out as the importer does.
      const distinct = [...new Map(expected.map((row) => [JSON.stringify(row), row])).values()].map((row) =>
        Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '')),
      );
      expect(stored, name).toEqual(distinct);
    }
    db.close();
  });
});
