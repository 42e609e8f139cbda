// Papaparse's own test cases through Vigil's CSV reader, and a few of their fields through the importer.
// Every case whose options Vigil's reader has is run; where Vigil reads a case differently on purpose, the
// case is named below with the reason and Vigil's own reading is asserted instead.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord } from '../../src/main/import/csvReader';
import { importFile } from '../../src/main/import/importFile';
import { sniffDelimiter } from '../../src/main/import/sniff';
import { openStore } from '../../src/main/store/open';
import { DELIMITERS } from '../../src/shared/mapping';
import { loadPapaparseCases, type PapaparseCase } from './helpers/papaparseCases';
import { tempDir, tempFile } from './helpers/temp';
import { sniffEncoding } from '../../src/main/import/sniff';

const CASES = loadPapaparseCases();
const key = (c: PapaparseCase): string => `${c.suite}: ${c.description}`;

/** Options Vigil's reader does not have, so cases using them are not run: why each is out of reach. */
const NOT_OFFERED: Record<string, string> = {
  header: 'rows as objects by header name: Vigil maps header names in the importer, not the reader',
  transformHeader: 'rewrites header names: Vigil has no such hook',
  comments: 'Vigil has no comment lines: a line starting with "#" is data',
  dynamicTyping: 'Vigil reads every field as text; the mapping gives types',
  transform: 'a callback on each value: Vigil has no such hook',
  preview: 'stops after N rows: Vigil reads whole files',
  quoteChar: 'Vigil always quotes with "',
  escapeChar: 'Vigil always escapes a quote by doubling it',
  skipFirstNLines: 'Vigil reads from the first line',
  delimiter: 'Vigil offers only the one-character delimiters , ; TAB and |',
  skipEmptyLines: "'greedy' also drops lines of spaces: Vigil keeps those",
  fastMode: 'without quote handling: input holding quotes would be read differently',
};

/** Why a case cannot run through Vigil's reader (an option of NOT_OFFERED), or null when it can. */
function notOffered(c: PapaparseCase): string | null {
  for (const [option, value] of Object.entries(c.config)) {
    if (option === 'newline') continue; // Vigil ends a line at \n, \r\n or \r alike.
    if (option === 'delimiter' && (DELIMITERS as readonly unknown[]).includes(value)) continue;
    if (option === 'skipEmptyLines' && value === true) continue; // Vigil drops blank lines itself.
    if (option === 'fastMode' && !c.input.includes('"')) continue; // Same reading without quotes.
    return option;
  }
  return null;
}

/** The core parser defaults to a comma; Papa.parse guesses, as Vigil's importer does with sniffDelimiter. */
function delimiterFor(c: PapaparseCase): string {
  const given = c.config.delimiter;
  if (typeof given === 'string') return given;
  return c.suite === 'CORE_PARSER_TESTS' ? ',' : sniffDelimiter(c.input);
}

const BLANK_LINES = 'a blank line is not a record in Vigil; papaparse keeps it as a row [""]';
const KEPT_AFTER_QUOTE = 'text between a closing quote and the delimiter is kept, as spreadsheets do';
const STRAY_QUOTE =
  'a quote ends a quoted field where it stands and what follows is kept (spreadsheet reading); papaparse takes it as data and reads on';

/** Cases Vigil reads differently on purpose: its own reading (or papaparse's rows without blank ones). */
const DIFFERS: Record<string, { reason: string; vigil: string[][] | 'without blank rows' }> = {
  'CORE_PARSER_TESTS: Quoted field has invalid trailing quote after delimiter with a valid closer': {
    reason: STRAY_QUOTE,
    vigil: [
      ['a,b', 'c"'],
      ['d', 'e', 'f'],
    ],
  },
  'CORE_PARSER_TESTS: Quoted field has invalid trailing quote after delimiter': {
    reason: STRAY_QUOTE,
    vigil: [
      ['a', 'b,c'],
      ['d', 'e', 'f'],
    ],
  },
  'CORE_PARSER_TESTS: Quoted field has invalid trailing quote before delimiter': {
    reason: STRAY_QUOTE,
    vigil: [
      ['a', 'bc', 'd'],
      ['e', 'f', 'g'],
    ],
  },
  'CORE_PARSER_TESTS: Quoted field has invalid trailing quote after new line': {
    reason: STRAY_QUOTE,
    vigil: [['a', 'b,c\nde', 'f', 'g']],
  },
  'PARSE_TESTS: Quoted fields with spaces between closing quote and next delimiter': {
    reason: KEPT_AFTER_QUOTE,
    vigil: [
      ['A', 'B ', 'C', 'D'],
      ['E', 'F', 'G  ', 'H'],
    ],
  },
  'PARSE_TESTS: Quoted fields with spaces between closing quote and next new line': {
    reason: KEPT_AFTER_QUOTE,
    vigil: [
      ['A', 'B', 'C', 'D '],
      ['E', 'F', 'G', 'H  '],
      ['Q', 'W', 'E', 'R'],
    ],
  },
  'PARSE_TESTS: Quoted fields with spaces after closing quote': {
    reason: KEPT_AFTER_QUOTE,
    vigil: [
      ['A', 'B ', 'C', 'D '],
      ['E', 'F', 'G  ', 'H  '],
      ['Q', 'W', 'E ', 'R'],
    ],
  },
  'PARSE_TESTS: Quoted fields with spaces between closing quote and next delimiter and contains delimiter': {
    reason: KEPT_AFTER_QUOTE,
    vigil: [
      ['A', ',B ', 'C', 'D'],
      ['E', 'F', 'G', 'H'],
    ],
  },
  'PARSE_TESTS: Quoted fields with spaces between closing quote and newline and contains newline': {
    reason: KEPT_AFTER_QUOTE,
    vigil: [
      ['a', 'b', 'c\n '],
      ['d', 'e', 'f'],
    ],
  },
  'PARSE_TESTS: Mixed slash n and slash r should choose first as precident': {
    reason:
      'a lone \\r ends a line wherever it stands (old Mac files); papaparse keeps only the first ending it meets',
    vigil: [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
    ],
  },
  'CORE_PARSER_TESTS: One column input with empty fields': {
    reason: BLANK_LINES,
    vigil: 'without blank rows',
  },
  'CORE_PARSER_TESTS: Fast mode with blank line at end': { reason: BLANK_LINES, vigil: 'without blank rows' },
  'PARSE_TESTS: Blank line at beginning': { reason: BLANK_LINES, vigil: 'without blank rows' },
  'PARSE_TESTS: Blank line in middle': { reason: BLANK_LINES, vigil: 'without blank rows' },
  'PARSE_TESTS: Blank lines at end': { reason: BLANK_LINES, vigil: 'without blank rows' },
  'PARSE_TESTS: Empty lines': { reason: BLANK_LINES, vigil: 'without blank rows' },
};

/**
 * The text as the reader gets it from a file: the cases are strings, so they are written as UTF-8 and
 * go through the importer's sniffing, which steps over a byte-order mark before decoding.
 */
function asDecoded(input: string): string {
  const bytes = Buffer.from(input, 'utf8');
  return bytes.subarray(sniffEncoding(bytes).bomLength).toString('utf8');
}

function readAll(input: string, delimiter: string, chunk = input.length || 1): CsvRecord[] {
  const text = asDecoded(input);
  const reader = new CsvReader({ delimiter });
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...reader.push(text.slice(i, i + chunk)));
  out.push(...reader.end());
  return out;
}

const RUN = CASES.filter((c) => notOffered(c) === null);

describe("papaparse's test cases", () => {
  it('are loaded from the installed package, each either run or out of reach for a named reason', () => {
    expect(CASES.filter((c) => c.suite === 'CORE_PARSER_TESTS').length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.suite === 'PARSE_TESTS').length).toBeGreaterThanOrEqual(90);
    for (const c of CASES) {
      const option = notOffered(c);
      if (option !== null) expect(NOT_OFFERED[option], `${key(c)} uses ${option}`).toBeDefined();
    }
    // A difference named for a case that is gone or no longer run is a stale excuse.
    const run = new Set(RUN.map(key));
    expect(run.size, 'descriptions of run cases are unique').toBe(RUN.length);
    for (const name of Object.keys(DIFFERS)) expect(run.has(name), name).toBe(true);
    expect(RUN.length).toBeGreaterThanOrEqual(85);
  });

  it('are read by Vigil as papaparse reads them, quote errors included, unless named in DIFFERS', () => {
    const disagree: string[] = [];
    for (const c of RUN.filter((r) => DIFFERS[key(r)] === undefined)) {
      const records = readAll(c.input, delimiterFor(c));
      if (JSON.stringify(records.map((r) => r.fields)) !== JSON.stringify(c.data)) disagree.push(key(c));
      // Papaparse's MissingQuotes is Vigil's "never closed": that record becomes a reject on import.
      const unclosed = records.some((r) => r.problem?.key === 'import:reject.quoteNotClosed');
      if (unclosed !== c.errorCodes.includes('MissingQuotes')) disagree.push(`${key(c)} (quote error)`);
    }
    expect(disagree).toEqual([]);
    expect(RUN.length - Object.keys(DIFFERS).length).toBeGreaterThanOrEqual(70);
  });

  it('differ only where Vigil means to, and Vigil reads those cases its own way without failing', () => {
    for (const c of RUN) {
      const differs = DIFFERS[key(c)];
      if (differs === undefined) continue;
      expect(differs.reason).not.toBe('');
      const records = readAll(c.input, delimiterFor(c));
      const expected =
        differs.vigil === 'without blank rows'
          ? c.data.filter((row) => JSON.stringify(row) !== '[""]')
          : differs.vigil;
      expect(
        records.map((r) => r.fields),
        key(c),
      ).toEqual(expected);
      expect(
        records.map((r) => r.fields),
        `${key(c)} must differ from papaparse`,
      ).not.toEqual(c.data);
      expect(
        records.filter((r) => r.problem !== undefined),
        key(c),
      ).toEqual([]);
    }
  });

  it('are read the same in one-character chunks, each record at the line its text starts on', () => {
    for (const c of RUN) {
      const whole = readAll(c.input, delimiterFor(c));
      expect(readAll(c.input, delimiterFor(c), 1), key(c)).toEqual(whole);
      let from = 0;
      for (const record of whole) {
        const at = c.input.indexOf(record.raw, from);
        expect(at, `${key(c)}: raw text of line ${String(record.line)}`).toBeGreaterThanOrEqual(from);
        expect(record.line, key(c)).toBe(1 + lineBreaks(c.input.slice(0, at)));
        from = at + record.raw.length;
      }
    }
  });
});

function lineBreaks(text: string): number {
  return text.split(/\r\n|\r|\n/).length - 1;
}

/** Agreed cases whose fields hold quotes, delimiters and line breaks: each field becomes a title. */
const TITLE_CASES = [
  'CORE_PARSER_TESTS: Quoted field with line break',
  'CORE_PARSER_TESTS: Quoted field with extra whitespace on edges',
  'CORE_PARSER_TESTS: Quoted field with escaped quotes at boundaries',
  'CORE_PARSER_TESTS: Quoted field with quotes around delimiter',
  'CORE_PARSER_TESTS: Quoted field with 5 quotes in a row and a delimiter in there, too',
  'CORE_PARSER_TESTS: Misplaced quotes in data, not as opening quotes',
  'PARSE_TESTS: Quoted field with \\r\\n',
];
const UNCLOSED_CASE = 'CORE_PARSER_TESTS: Quoted field has no closing quote';

describe("papaparse's test cases through importFile", () => {
  it('store each field as a title, count every row once and reject the unclosed quote at its line', async () => {
    const byKey = new Map(RUN.map((c) => [key(c), c]));
    const titles = TITLE_CASES.flatMap((name) => {
      const c = byKey.get(name);
      if (c === undefined || DIFFERS[name] !== undefined) throw new Error(`${name} is not an agreed case`);
      return (c.data as string[][]).flat().filter((field) => field.trim() !== '');
    });
    const quote = (field: string): string => `"${field.replaceAll('"', '""')}"`;
    const rows = titles.map((title, i) => `2024-03-01T00:00:${String(i).padStart(2, '0')}Z,${quote(title)}`);
    // The first row again is a duplicate; the unclosed case's own text, after a date, is a reject.
    rows.push(rows[0] ?? '');
    rows.push(`2024-03-02T00:00:00Z,${byKey.get(UNCLOSED_CASE)?.input ?? ''}`);
    const lines = ['occurred_at,title', ...rows];
    const text = lines.join('\r\n');
    const lineOf = (row: number): number => 1 + lineBreaks(lines.slice(0, row + 1).join('\r\n')) + 1;

    const db = openStore(join(tempDir(), 'vigil.db'));
    try {
      const result = await importFile(db, { path: tempFile('papaparse.csv', text), name: 'papaparse.csv' });
      expect(titles.length).toBeGreaterThanOrEqual(15);
      expect(result).toMatchObject({
        rows: rows.length,
        imported: titles.length,
        duplicates: 1,
        rejected: 1,
      });
      expect(result.imported + result.duplicates + result.rejected).toBe(rows.length);
      expect(result.rejects.map((r) => [r.line, r.reason])).toEqual([
        [lineOf(rows.length - 1), expect.stringMatching(/never closed/)],
      ]);
      const stored = db.prepare('SELECT title, source_row FROM incidents ORDER BY source_row').all();
      // The importer trims every value; inside the title nothing else changes.
      expect(stored).toEqual(titles.map((title, i) => ({ title: title.trim(), source_row: lineOf(i) })));
    } finally {
      db.close();
    }
  });
});
