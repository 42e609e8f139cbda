// A command-line import killed at random moments (SIGKILL: no cleanup, no rollback by the process)
// must leave the store exactly as it was before that import, intact, and ready for the next one.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'out', 'main', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'vigil-kill-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function vigil(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vigil ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Everything an interrupted import could have touched, summed up. */
function state(store: string): Record<string, unknown> {
  const db = new Database(store);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      incidents: db.prepare('SELECT count(*) AS n, coalesce(sum(id), 0) AS ids FROM incidents').get(),
      imports: db.prepare('SELECT count(*) AS n FROM imports').get(),
      rejects: db.prepare('SELECT count(*) AS n FROM import_rejects').get(),
      aggregates: db.prepare('SELECT coalesce(sum(n), 0) AS n, count(*) AS cells FROM agg_day_category').get(),
      fullText: db
        .prepare("SELECT count(*) AS n FROM incidents_fts WHERE incidents_fts MATCH 'incident OR 事件'")
        .get(),
      bulkFlag: db.prepare('SELECT count(*) AS n FROM import_bulk').get(),
    };
  } finally {
    db.close();
  }
}

describe('an import killed mid-way', () => {
  it('leaves the store as it was, at every kill point, and the next import succeeds', async () => {
    const store = join(dir, 'vigil.db');
    const small = join(dir, 'small.csv');
    const big = join(dir, 'big.csv');
    vigil('sample', '--rows', '2000', '--seed', '7', '--out', small);
    vigil('sample', '--rows', '150000', '--seed', '8', '--out', big);
    vigil('import', small, '--db', store);
    const before = state(store);
    expect(before.integrity).toBe('ok');

    // Time a complete import on a copy first, so the kill points spread over the whole run.
    const started = Date.now();
    vigil('import', big, '--db', join(dir, 'timing.db'));
    const full = Date.now() - started;

    // A pristine copy, in case a loaded machine lets an import finish before its kill point.
    const pristine = join(dir, 'pristine.db');
    const source = new Database(store);
    source.exec(`VACUUM INTO '${pristine.replaceAll("'", "''")}'`);
    source.close();

    const points = [0.05, 0.2, 0.4, 0.6, 0.8].map((share) =>
      Math.round(full * share * (0.85 + Math.random() * 0.3)),
    );
    let killed = 0;
    for (const delay of points) {
      const child = spawn(process.execPath, [CLI, 'import', big, '--db', store], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (child.exitCode === 0) {
        await exited;
        copyFileSync(pristine, store);
        rmSync(`${store}-wal`, { force: true });
        rmSync(`${store}-shm`, { force: true });
        continue;
      }
      child.kill('SIGKILL');
      await exited;
      killed++;
      expect(state(store), `killed after ${String(delay)} ms`).toEqual(before);
    }
    expect(killed).toBeGreaterThanOrEqual(3);

    const done = JSON.parse(vigil('import', big, '--db', store, '--json')) as {
      imported: number;
      duplicates: number;
      rejected: number;
    };
    expect(done.imported + done.duplicates + done.rejected).toBe(150_000);
    expect(done.imported).toBeGreaterThan(140_000);
    expect(state(store).integrity).toBe('ok');
  }, 240_000);
});
