// A command-line import killed at random moments (SIGKILL: no cleanup, no rollback by the process)
// must leave the store exactly as it was before that import, intact, and ready for the next one.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { storeDigest } from '../unit/helpers/storeDigest';
import { CLI } from './builtCli';

const KILLS = 20;
const BIG_ROWS = 40_000;
const dir = mkdtempSync(join(tmpdir(), 'vigil-kill-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function vigil(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vigil ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Everything an interrupted import could have touched: every table's rows, the pages, the search. */
function state(store: string): Record<string, unknown> {
  const db = new Database(store, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      fullText: db
        .prepare("SELECT count(*) AS n FROM incidents_fts WHERE incidents_fts MATCH 'incident OR 事件'")
        .get(),
      tables: storeDigest(store),
    };
  } finally {
    db.close();
  }
}

/** Whether the store holds one more import than `before`, finished, with every row of the big file. */
function committedWhole(store: string, before: Record<string, unknown>): boolean {
  const db = new Database(store, { readonly: true });
  try {
    const imports = db.prepare('SELECT count(*) FROM imports').pluck().get() as number;
    const last = db
      .prepare('SELECT rows_total, imported, finished_at FROM imports ORDER BY id DESC LIMIT 1')
      .get() as { rows_total: number; imported: number; finished_at: string | null } | undefined;
    const beforeImports = Number(String((before.tables as Record<string, string>).imports).split(':')[0]);
    if (imports !== beforeImports + 1 || last === undefined) return false;
    expect(last).toMatchObject({ rows_total: BIG_ROWS });
    expect(last.finished_at).not.toBeNull();
    return true;
  } finally {
    db.close();
  }
}

/** A few rows no other file holds, so each import after a kill adds something. */
function tinyFile(i: number): string {
  const path = join(dir, `tiny-${String(i)}.csv`);
  const rows = ['external_id,occurred_at,category,title'];
  for (let r = 0; r < 3; r++)
    rows.push(`T${String(i)}-${String(r)},2016-05-0${String(r + 1)},phishing,tiny ${String(i)}`);
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

describe('an import killed mid-way', () => {
  it(`leaves the store as it was at each of ${String(KILLS)} random kill points, and the next import succeeds`, async () => {
    const store = join(dir, 'vigil.db');
    const small = join(dir, 'small.csv');
    const big = join(dir, 'big.csv');
    vigil('sample', '--rows', '2000', '--seed', '7', '--out', small);
    vigil('sample', '--rows', String(BIG_ROWS), '--seed', '8', '--out', big);
    vigil('import', small, '--db', store);

    // Time a complete import on a copy first, so the kill points spread over the whole run.
    const started = Date.now();
    vigil('import', big, '--db', join(dir, 'timing.db'));
    const full = Date.now() - started;

    const pristine = join(dir, 'pristine.db');
    let killed = 0;
    for (let i = 0; i < KILLS; i++) {
      const before = state(store);
      expect(before.integrity).toBe('ok');
      // A copy, in case a loaded machine lets the import finish before its kill point.
      rmSync(pristine, { force: true });
      const source = new Database(store, { readonly: true });
      source.prepare('VACUUM INTO ?').run(pristine);
      source.close();

      const delay = Math.round(Math.random() * full);
      const child = spawn(process.execPath, [CLI, 'import', big, '--db', store], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      // On a loaded machine the import may have committed before its kill point: then it must be whole.
      if (committedWhole(store, before)) {
        copyFileSync(pristine, store);
        rmSync(`${store}-wal`, { force: true });
        rmSync(`${store}-shm`, { force: true });
      } else {
        killed++;
      }
      expect(state(store), `killed after ${String(delay)} of ${String(full)} ms`).toEqual(before);
      // The next import is not blocked by anything the killed one left behind.
      vigil('import', tinyFile(i), '--db', store);
    }
    expect(killed).toBeGreaterThanOrEqual(KILLS / 2);

    const done = JSON.parse(vigil('import', big, '--db', store, '--json')) as {
      imported: number;
      duplicates: number;
      rejected: number;
    };
    expect(done.imported + done.duplicates + done.rejected).toBe(BIG_ROWS);
    expect(done.imported).toBeGreaterThan(BIG_ROWS * 0.9);
    expect(state(store).integrity).toBe('ok');
    expect(vigil('check', '--db', store)).toMatch(/: ok/);
  }, 240_000);
});
