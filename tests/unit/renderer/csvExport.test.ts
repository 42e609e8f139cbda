// Rejected rows exported as CSV: quoted as RFC 4180 says, and safe to open in a spreadsheet.
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, neutralize } from '../../../src/renderer/src/export/csv';
import { rejectsCsv, rejectsFileName } from '../../../src/renderer/src/export/rejectsCsv';

describe('CSV export', () => {
  it('neutralizes every cell a spreadsheet would run as a formula, full-width signs included', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠']) {
      expect(neutralize(`${start}1+2`)).toBe(`'${start}1+2`);
    }
    expect(neutralize('A-1, =not at the start')).toBe('A-1, =not at the start');
    expect(neutralize('')).toBe('');
  });

  it('quotes only what needs quoting, and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' edge')).toBe('" edge"');
    expect(csvCell(7)).toBe('7');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes a byte order mark and CRLF line ends', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('exports rejected rows as line, reason, raw', () => {
    const csv = rejectsCsv([
      { line: 7, reason: 'occurred_at "x" is not a date', raw: 'A-1,x,=cmd|calc' },
      { line: 9, reason: 'too many columns', raw: '-1,"quoted, field"\nnext line' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFline,reason,raw',
      '7,"occurred_at ""x"" is not a date","A-1,x,=cmd|calc"',
      `9,too many columns,"'-1,""quoted, field""\nnext line"`,
      '',
    ]);
  });

  it('names the export after the file, never as a path', () => {
    expect(rejectsFileName('incidents 2016.csv')).toBe('incidents 2016-rejected.csv');
    expect(rejectsFileName('../../etc/passwd')).toBe('passwd-rejected.csv');
    expect(rejectsFileName('C:\\exports\\a:b.csv')).toBe('a_b-rejected.csv');
    expect(rejectsFileName('.csv')).toBe('import-rejected.csv');
  });
});
