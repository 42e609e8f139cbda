import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function vigil(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built command line', () => {
  it('imports a file, and a second import of it stores nothing and counts every row a duplicate', () => {
    const db = join(dir, 'x.db');
    const sample = join(ROOT, 'tests', 'fixtures', 'incidents-basic.csv');
    const first = vigil('import', sample, '--db', db, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 6, duplicates: 0, rejected: 1 });
    const second = vigil('import', sample, '--db', db, '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ imported: 0, duplicates: 6, rejected: 1 });
  });

  it('exits 2 with the file and the problem on stderr for a missing file', () => {
    const out = vigil('import', join(dir, 'nope.csv'), '--db', join(dir, 'y.db'));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/nope\.csv: cannot read the file/);
  });

  it('prints help', () => {
    const out = vigil('serve', '--help');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Usage: vigil serve/);
  });
});
