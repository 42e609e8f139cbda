// Two command-line imports into one store at the same time. SQLite has one writer: the second waits
// (busy_timeout) and either gets its turn or fails with a message that says why. Either way the
// store is sound and holds exactly the imports that reported success.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './builtCli';

const dir = mkdtempSync(join(tmpdir(), 'vigil-two-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function vigil(...args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vigil ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function importing(
  file: string,
  store: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'import', file, '--db', store, '--json']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

describe('two writers', () => {
  it('never corrupt the store: the second waits, then succeeds or fails clearly', async () => {
    const store = join(dir, 'vigil.db');
    const first = join(dir, 'first.csv');
    const second = join(dir, 'second.csv');
    vigil('sample', '--rows', '60000', '--seed', '11', '--out', first);
    vigil('sample', '--rows', '3000', '--seed', '12', '--out', second);
    const seed = join(dir, 'seed.csv');
    vigil('sample', '--rows', '100', '--seed', '13', '--out', seed);
    vigil('import', seed, '--db', store);

    const a = importing(first, store);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const b = importing(second, store);
    const results = await Promise.all([a, b]);

    const db = new Database(store, { readonly: true });
    let expectedImports = 1;
    let expectedIncidents = db.prepare('SELECT imported FROM imports WHERE id = 1').pluck().get() as number;
    for (const result of results) {
      if (result.code === 0) {
        expectedImports++;
        expectedIncidents += (JSON.parse(result.stdout) as { imported: number }).imported;
      } else {
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/Another Vigil process is writing to the store .*vigil\.db/);
      }
    }
    expect(results[0].code).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(expectedImports);
    expect(db.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(expectedIncidents);
    db.close();
    expect(vigil('check', '--db', store)).toMatch(/: ok/);
  }, 180_000);
});
