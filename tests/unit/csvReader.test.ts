import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord } from '../../src/main/import/csvReader';
import { englishReason } from '../../src/main/import/rejectText';

function readAll(text: string, delimiter = ',', chunk = text.length || 1): CsvRecord[] {
  const reader = new CsvReader({ delimiter });
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...reader.push(text.slice(i, i + chunk)));
  out.push(...reader.end());
  return out;
}

describe('CsvReader', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, and knows each start line', () => {
    const text = 'a,b\r\n1,"x, ""y""\r\nz"\r\n\r\n3,4\n5';
    const records = readAll(text);
    expect(records.map((r) => r.fields)).toEqual([['a', 'b'], ['1', 'x, "y"\r\nz'], ['3', '4'], ['5']]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    expect(records[1]?.raw).toBe('1,"x, ""y""\r\nz"');
  });

  it('gives the same records whatever the chunk size', () => {
    const text = 'h1;h2\n"multi\nline";2\r\n"a""b";"c;d"\r3;4\n';
    const whole = readAll(text, ';');
    for (const chunk of [1, 2, 3, 5, 7]) expect(readAll(text, ';', chunk)).toEqual(whole);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('reports a quote that never closes instead of losing the rest silently', () => {
    const records = readAll('a,b\n1,"open\n2,3\n');
    expect(records).toHaveLength(2);
    expect(records[1]?.problem).toEqual({ key: 'import:reject.quoteNotClosed' });
    expect(englishReason(records[1]!.problem!)).toMatch(/never closed/);
    expect(records[1]?.line).toBe(2);
  });

  it('cuts a runaway record and reads on from the next line', () => {
    const reader = new CsvReader({ delimiter: ',', maxRecordChars: 20 });
    const out = [...reader.push('a,b\n1,"' + 'x'.repeat(30) + '\n2,3\n'), ...reader.end()];
    expect(englishReason(out[1]!.problem!)).toMatch(/longer than 20 characters/);
    expect(out.at(-1)?.fields).toEqual(['2', '3']);
  });

  it('reads every csv-spectrum case as its JSON says', () => {
    const root = join(__dirname, '..', '..', 'node_modules', 'csv-spectrum');
    // location_coordinates.json disagrees with its own CSV upstream (an object, not an array, and
    // another phone number), so it cannot serve as an oracle.
    const names = readdirSync(join(root, 'csvs')).filter(
      (n) => n.endsWith('.csv') && n !== 'location_coordinates.csv',
    );
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const text = readFileSync(join(root, 'csvs', name), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(root, 'json', name.replace(/\.csv$/, '.json')), 'utf8'),
      ) as Record<string, string>[];
      const [header, ...rows] = readAll(text);
      const objects = rows.map((r) =>
        Object.fromEntries(header!.fields.map((h, i) => [h, r.fields[i] ?? ''])),
      );
      expect(objects, name).toEqual(expected);
    }
  });

  it('round-trips any table written with RFC 4180 quoting, at any chunk size', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', '中', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (rows, chunk) => {
          const text = rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n');
          expect(readAll(text, ',', chunk).map((r) => r.fields)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
