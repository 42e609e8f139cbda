import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { fixture, tempDir, tempFile } from './helpers/temp';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

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
