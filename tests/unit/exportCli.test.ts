import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRfc4180 } from './helpers/rfc4180';
import { fixture, tempDir } from './helpers/temp';
import { runVigil } from './helpers/cliRun';

const run = (args: string[]) => runVigil(args);

async function storeWithIncidents(): Promise<string> {
  const db = join(tempDir(), 'x.db');
  expect((await run(['import', fixture('incidents-basic.csv'), '--db', db])).code).toBe(0);
  return db;
}

describe('vigil export', () => {
  it('writes the filtered incidents as CSV and says how many', async () => {
    const db = await storeWithIncidents();
    const out = join(tempDir(), 'out.csv');
    const result = await run([
      'export',
      '--db',
      db,
      '--category',
      'phishing',
      '--category',
      'malware',
      '--from',
      '2016-01-01',
      '--to',
      '2016-02-07',
      '--format',
      'csv',
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`2 incidents written to ${out} (csv).\n`);
    const [header, ...rows] = parseRfc4180(readFileSync(out, 'utf8').slice(1));
    expect(header?.[0]).toBe('external_id');
    expect(rows.map((r) => r[0])).toEqual(['CN-2016-0001', 'CN-2016-0003']);
  });

  it('prints one JSON document with --json and writes JSON with --format json', async () => {
    const db = await storeWithIncidents();
    const out = join(tempDir(), 'out.json');
    const result = await run(['export', '--db', db, '--format', 'json', '--out', out, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ rows: 6, path: out, format: 'json' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(6);
  });

  it('exits 2 with a clear message for each unusable option, writing nothing', async () => {
    const db = await storeWithIncidents();
    const out = join(tempDir(), 'never.csv');
    const cases: [string[], RegExp][] = [
      [['--format', 'xlsx', '--out', out], /--format: "xlsx" is not one of csv, json/],
      [['--out', out], /--format is required/],
      [['--format', 'csv'], /--out FILE is required/],
      [['--format', 'csv', '--out', out, '--from', '2016-02-30'], /--from: "2016-02-30" is not a date/],
      [['--format', 'csv', '--out', out, '--from', '2016-03-01', '--to', '2016-02-01'], /is after --to/],
      [['--format', 'csv', '--out', out, '--category', 'worms'], /"worms" is not a category/],
      [['--format', 'csv', '--out', out, '--seed', '1'], /--seed is not an option of "vigil export"/],
      [['--format', 'csv', '--out', out, 'extra'], /unexpected argument "extra"/],
      [['--format', 'csv', '--out', join(tempDir(), 'no', 'such', 'x.csv')], /Cannot write the export/],
    ];
    for (const [args, message] of cases) {
      const result = await run(['export', '--db', db, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    const missing = await run([
      'export',
      '--db',
      join(tempDir(), 'none.db'),
      '--format',
      'csv',
      '--out',
      out,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/there is no store at/);
    expect(existsSync(out)).toBe(false);
  });

  it('has help, and is listed in the general help', async () => {
    const help = await run(['export', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: vigil export/);
    expect(help.stdout).toMatch(/--format F/);
    expect((await run(['--help'])).stdout).toMatch(/export\s+write the incidents/);
  });
});
