import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { headlineText } from '../../src/main/cli/statsCommand';
import { fixture, tempDir, tempFile } from './helpers/temp';
import { runVigil } from './helpers/cliRun';

/** No locale: English, whatever the machine running the tests speaks. */
const run = (args: string[]) => runVigil(args, {});

describe('vigil import', () => {
  it('prints exactly one JSON document with totals and one entry per file, then counts a re-import as duplicates', async () => {
    const db = join(tempDir(), 'x.db');
    const first = await run([
      'import',
      fixture('incidents-basic.csv'),
      fixture('crlf-multiline.csv'),
      '--db',
      db,
      '--json',
    ]);
    expect(first.code).toBe(0);
    const doc = JSON.parse(first.stdout) as {
      imported: number;
      duplicates: number;
      rejected: number;
      files: { file: string; imported: number }[];
    };
    expect(doc).toMatchObject({ imported: 7, duplicates: 0, rejected: 2 });
    expect(doc.files.map((f) => [f.file, f.imported])).toEqual([
      ['incidents-basic.csv', 6],
      ['crlf-multiline.csv', 1],
    ]);
    const second = await run(['import', fixture('incidents-basic.csv'), '--db', db, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ imported: 0, duplicates: 6, rejected: 1 });
  });

  it('prints a readable summary without --json', async () => {
    const db = join(tempDir(), 'x.db');
    const out = await run(['import', fixture('incidents-basic.csv'), '--db', db]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/incidents-basic\.csv: 6 imported, 0 duplicates, 1 rejected/);
    expect(out.stdout).toMatch(/line 7: occurred_at "not a date" is not a date/);
  });

  it('exits 2 naming the file and the problem for a bad file, and leaves the store as it was', async () => {
    const db = join(tempDir(), 'x.db');
    await run(['import', fixture('incidents-basic.csv'), '--db', db]);
    const out = await run([
      'import',
      tempFile('header-only.csv', 'occurred_at,title\n'),
      '--db',
      db,
      '--json',
    ]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/header-only\.csv, line 2: the file has a header but no data rows/);
    expect(JSON.parse(out.stdout)).toMatchObject({ imported: 0, files: [{ error: { code: 'no_rows' } }] });
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 1 });
    check.close();
  });

  it('exits 2 with help for usage errors', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).stderr).toMatch(/unknown command "frobnicate"/);
    expect((await run(['import'])).code).toBe(2);
    expect((await run(['import', 'a.csv', '--bogus'])).code).toBe(2);
    expect((await run(['serve', '--port', 'abc'])).stderr).toMatch(/--port must be a number/);
    const help = await run(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: vigil import FILE/);
    expect((await run(['--help'])).stdout).toMatch(/Commands:/);
  });

  it('refuses a store from a newer Vigil with exit 2 and a message naming it', async () => {
    const db = join(tempDir(), 'newer.db');
    const raw = new Database(db);
    raw.pragma('user_version = 42');
    raw.close();
    const out = await run(['import', fixture('incidents-basic.csv'), '--db', db]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`${db}: This store was written by a newer version of Vigil`);
  });
});

describe('vigil import options, imports, undo and sample', () => {
  it('maps by header name, joins columns, sets constants, and saves the mapping for the next file', async () => {
    const db = join(tempDir(), 'x.db');
    const file = tempFile(
      'odd.csv',
      'When;What;Host;Port\n30/09/2015 10:05;defaced;www.example.cn;80\n01/10/2015;defaced;mail.example.cn;25\n',
    );
    const out = await run([
      'import',
      file,
      '--db',
      db,
      '--json',
      '--map',
      'occurred_at=When',
      '--map',
      'asset=Host',
      '--map',
      'asset=Port',
      '--set',
      'category=defacement',
      '--source',
      'isp-a',
      '--date-format',
      'dmy',
      '--time-zone',
      'Asia/Shanghai',
      '--delimiter',
      ';',
      '--save-mapping',
      'isp-a weekly',
    ]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ imported: 2, rejected: 0 });
    const check = new Database(db, { readonly: true });
    expect(
      check.prepare('SELECT occurred_at, category, source, asset, extra FROM incidents ORDER BY id').all(),
    ).toEqual([
      {
        occurred_at: '2015-09-30T02:05:00Z',
        category: 'defacement',
        source: 'isp-a',
        asset: 'www.example.cn 80',
        extra: '{"What":"defaced"}',
      },
      {
        occurred_at: '2015-09-30T16:00:00Z',
        category: 'defacement',
        source: 'isp-a',
        asset: 'mail.example.cn 25',
        extra: '{"What":"defaced"}',
      },
    ]);
    expect(check.prepare('SELECT name FROM saved_mappings').all()).toEqual([{ name: 'isp-a weekly' }]);
    check.close();
    const again = await run([
      'import',
      tempFile('odd2.csv', 'When;What;Host;Port\n02/10/2015;x;y;1\n'),
      '--db',
      db,
      '--mapping',
      'isp-a weekly',
      '--json',
    ]);
    expect(JSON.parse(again.stdout)).toMatchObject({
      imported: 1,
      files: [{ dateFormats: { occurred_at: { format: 'dmy' } } }],
    });
  });

  it('names a header that is not in the file, and a field that does not exist', async () => {
    const db = join(tempDir(), 'x.db');
    const file = tempFile('a.csv', 'When,What\n2016-01-01,x\n');
    const missing = await run(['import', file, '--db', db, '--map', 'occurred_at=Time']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /a\.csv, line 1: --map occurred_at=Time: the file has no column named "Time"; its header has: When, What/,
    );
    const badField = await run(['import', file, '--db', db, '--set', 'colour=red']);
    expect(badField.code).toBe(2);
    expect(badField.stderr).toMatch(/"colour" is not a field/);
    const badZone = await run(['import', file, '--db', db, '--time-zone', 'Mars/Olympus']);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toMatch(/"Mars\/Olympus" is not a time zone/);
    expect((await run(['import', file, '--db', db, '--port', '1'])).stderr).toMatch(
      /--port is not an option of "vigil import"/,
    );
  });

  it('lists imports and undoes one, which can then be imported again', async () => {
    const db = join(tempDir(), 'x.db');
    await run(['import', fixture('incidents-basic.csv'), '--db', db]);
    const listed = JSON.parse((await run(['imports', '--db', db, '--json'])).stdout) as {
      imports: { id: number; imported: number }[];
    };
    expect(listed.imports).toHaveLength(1);
    const id = String(listed.imports[0]!.id);
    const undone = await run(['undo', id, '--db', db]);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toBe(`Import ${id} undone: 6 incidents removed.\n`);
    expect((await run(['undo', id, '--db', db])).stderr).toMatch(/already undone/);
    expect((await run(['undo', '999', '--db', db])).stderr).toMatch(/There is no import 999/);
    expect((await run(['undo', 'abc', '--db', db])).code).toBe(2);
    const text = (await run(['imports', '--db', db])).stdout;
    expect(text).toMatch(/incidents-basic\.csv\t\(undone /);
    const reimport = JSON.parse(
      (await run(['import', fixture('incidents-basic.csv'), '--db', db, '--json'])).stdout,
    ) as { imported: number };
    expect(reimport.imported).toBe(6);
  });

  it('writes a sample export that imports with its duplicates and broken rows accounted for', async () => {
    const dir = tempDir();
    const out = join(dir, 'sample.csv');
    const written = await run(['sample', '--rows', '3000', '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/3000 rows/);
    const imported = JSON.parse((await run(['import', out, '--db', join(dir, 'x.db'), '--json'])).stdout) as {
      imported: number;
      duplicates: number;
      rejected: number;
    };
    expect(imported.imported + imported.duplicates + imported.rejected).toBe(3000);
    expect(imported.duplicates).toBeGreaterThan(0);
    expect(imported.rejected).toBeGreaterThan(0);
    expect((await run(['sample', '--rows', 'lots', '--out', out])).code).toBe(2);
    expect((await run(['sample', '--rows', '10'])).stderr).toMatch(/--out/);
  });
});

describe('vigil stats', () => {
  // The period asked for is 2016-01-01..2016-09-30; a year earlier is 2015-01-01..2015-09-30 and the
  // 274 days before are 2015-04-02..2015-12-31. Counted by hand: 6, 5 and 2 incidents.
  const EXPORT = [
    'external_id,occurred_at,category',
    'a1,2016-01-15T10:00:00Z,malware',
    'a2,2016-01-15T11:00:00Z,malware',
    'a3,2016-01-15T12:00:00Z,malware',
    'a4,2016-09-30T23:59:59Z,phishing',
    'a5,2016-09-30T23:59:59Z,phishing',
    'a6,2016-05-01,ddos',
    'a7,2016-10-01T00:00:00Z,ddos',
    'b1,2015-03-01,malware',
    'b2,2015-03-02,malware',
    'b3,2015-02-01,phishing',
    'b4,2015-02-01,phishing',
    'b5,2015-06-01,defacement',
    'c1,2015-12-01,malware',
    '',
  ].join('\n');

  async function store(): Promise<string> {
    const db = join(tempDir(), 'x.db');
    expect((await run(['import', tempFile('export.csv', EXPORT), '--db', db])).code).toBe(0);
    return db;
  }

  it('prints the shape the issue names with --json', async () => {
    const db = await store();
    const out = await run(['stats', '--db', db, '--from', '2016-01-01', '--to', '2016-09-30', '--json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({
      total: 6,
      previous: 5,
      yoyPct: 20,
      byCategory: {
        malware: { count: 3, previous: 2, yoyPct: 50 },
        phishing: { count: 2, previous: 2, yoyPct: 0 },
        ddos: { count: 1, previous: 0, yoyPct: null },
        defacement: { count: 0, previous: 1, yoyPct: -100 },
      },
      period: { from: '2016-01-01', to: '2016-09-30' },
      comparison: { from: '2015-01-01', to: '2015-09-30' },
      previousPeriod: { from: '2015-04-02', to: '2015-12-31' },
      previousPeriodTotal: 2,
      changePct: 200,
    });
    expect(Object.keys(doc.byCategory as object)).toEqual(['malware', 'phishing', 'ddos', 'defacement']);
    const only = await run([
      'stats',
      '--db',
      db,
      '--from',
      '2016-01-01',
      '--to',
      '2016-09-30',
      '--category',
      'ddos',
      '--category',
      'phishing',
      '--json',
    ]);
    expect(JSON.parse(only.stdout)).toMatchObject({ total: 3, previous: 2, yoyPct: 50 });
  });

  it('prints a paragraph and a table by category without --json', async () => {
    const db = await store();
    const out = await run(['stats', '--db', db, '--from', '2016-01-01', '--to', '2016-09-30']);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        '1 January – 30 September 2016: 6 incidents, up 20.0% on the same period of 2015 (5); against the previous 274 days (2): +200.0%.',
        '',
        'category    count  a year earlier      yoy  period before   change',
        'malware         3               2   +50.0%              1  +200.0%',
        'phishing        2               2     0.0%              0      n/a',
        'ddos            1               0      n/a              0      n/a',
        'defacement      0               1  -100.0%              1  -100.0%',
        'total           6               5   +20.0%              2  +200.0%',
        '',
      ].join('\n'),
    );
    const day = await run(['stats', '--db', db, '--from', '2016-09-30', '--to', '2016-09-30']);
    expect(day.stdout).toMatch(
      /^30 September 2016: 2 incidents, year on year n\/a \(none in the same period of 2015\); against the previous day \(0\): n\/a\.\n/,
    );
    const across = await run(['stats', '--db', db, '--from', '2015-12-15', '--to', '2016-01-15']);
    expect(across.stdout).toMatch(
      /^15 December 2015 – 15 January 2016: 3 incidents, year on year n\/a \(none on the same dates a year earlier\); against the previous 32 days \(1\): \+200\.0%\./,
    );
  });

  it('exits 2 with a message for bad dates, a reversed period and other unusable options', async () => {
    const db = await store();
    const stats = (...args: string[]) => run(['stats', '--db', db, ...args]);
    const cases: [string[], RegExp][] = [
      [['--from', '2015-02-29', '--to', '2015-03-01'], /--from: "2015-02-29" is not a date in the calendar/],
      [['--from', '2016-01-01', '--to', '30/09/2016'], /--to: "30\/09\/2016" is not a date in the calendar/],
      [['--from', '2016-10-01', '--to', '2016-09-30'], /--from 2016-10-01 is after --to 2016-09-30/],
      [['--from', '2016-01-01'], /--to YYYY-MM-DD is required/],
      [['--to', '2016-01-01'], /--from YYYY-MM-DD is required/],
      [['--from', '2016-01-01', '--to', '2016-01-31', '--category', 'worms'], /"worms" is not a category/],
      [
        ['--from', '2016-01-01', '--to', '2016-01-31', '--time-zone', 'Asia/Shanghai'],
        /counts days in UTC, not Asia\/Shanghai/,
      ],
      [
        ['--from', '2016-01-01', '--to', '2016-01-31', '--port', '1'],
        /--port is not an option of "vigil stats"/,
      ],
      [['--from', '2016-01-01', '--to', '2016-01-31', 'extra'], /unexpected argument "extra"/],
    ];
    for (const [args, message] of cases) {
      const out = await stats(...args);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toMatch(message);
      expect(out.stdout, args.join(' ')).toBe('');
    }
    const missing = join(tempDir(), 'nothing-here.db');
    const none = await run(['stats', '--db', missing, '--from', '2016-01-01', '--to', '2016-01-31']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/there is no store at .*nothing-here\.db/);
    const help = await run(['stats', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: vigil stats/);
  });

  it('says up, down, level or n/a as the counts have it', () => {
    const period = { from: '2016-03-01', to: '2016-03-31' };
    const text = (total: number, previous: number, yoyPct: number | null): string =>
      headlineText({
        period,
        comparison: { from: '2015-03-01', to: '2015-03-31' },
        previousPeriod: { from: '2016-01-30', to: '2016-02-29' },
        total,
        previous,
        yoyPct,
        previousPeriodTotal: 1000,
        changePct: -0.5,
        byCategory: {},
      });
    expect(text(1, 2, -50)).toBe(
      '1 – 31 March 2016: 1 incident, down 50.0% on the same period of 2015 (2); against the previous 31 days (1,000): -0.5%.\n',
    );
    expect(text(12_345, 12_345, 0)).toMatch(
      /: 12,345 incidents, level with the same period of 2015 \(12,345\);/,
    );
    expect(text(10_001, 10_000, 0)).toMatch(/, up 0\.0% on the same period of 2015 \(10,000\);/);
    expect(text(0, 0, null)).toMatch(/: 0 incidents, year on year n\/a \(none in the same period of 2015\);/);
  });
});
