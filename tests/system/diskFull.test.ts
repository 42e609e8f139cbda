// The disk holding the store fills up during an import: a private tmpfs, a few MiB large, mounted in a
// mount namespace of its own (`unshare -m`, as root) holds the store. The import must fail with a
// message that says so, and the store must hold exactly what it held before.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { storeDigest } from '../unit/helpers/storeDigest';
import { CLI } from './builtCli';

const dir = mkdtempSync(join(tmpdir(), 'vigil-full-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function vigil(...args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vigil ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Whether this machine lets us mount a private tmpfs (root, unshare and tmpfs available). */
function canMountTmpfs(): boolean {
  const probe = join(dir, 'probe');
  mkdirSync(probe, { recursive: true });
  const result = spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs '${probe}'`]);
  return result.status === 0;
}

describe('a full disk', () => {
  it.runIf(canMountTmpfs())(
    'fails the import with a clear message and leaves the store as it was',
    () => {
      const store = join(dir, 'vigil.db');
      const small = join(dir, 'small.csv');
      const big = join(dir, 'big.csv');
      vigil('sample', '--rows', '2000', '--seed', '3', '--out', small);
      vigil('sample', '--rows', '30000', '--seed', '4', '--out', big);
      vigil('import', small, '--db', store);
      const before = storeDigest(store);
      // Room for the store and its daily backup, and a little more: far less than the big import needs.
      const kib = Math.ceil((statSync(store).size * 2) / 1024) + 1024;

      const mnt = join(dir, 'mnt');
      const after = join(dir, 'after');
      mkdirSync(mnt);
      mkdirSync(after);
      const script = [
        'set -e',
        `mount -t tmpfs -o size=${String(kib)}k tmpfs "${mnt}"`,
        `cp "${store}" "${mnt}/vigil.db"`,
        'set +e',
        `"${process.execPath}" "${CLI}" import "${big}" --db "${mnt}/vigil.db" > "${dir}/stdout" 2> "${dir}/stderr"`,
        `echo $? > "${dir}/status"`,
        `df -k "${mnt}" > "${dir}/df"`,
        `cp "${mnt}"/vigil.db* "${after}/"`,
      ].join('\n');
      const scriptFile = join(dir, 'full.sh');
      writeFileSync(scriptFile, script);
      const ran = spawnSync('unshare', ['-m', 'sh', scriptFile], { encoding: 'utf8' });
      expect(ran.status, ran.stderr).toBe(0);

      expect(readFileSync(join(dir, 'status'), 'utf8').trim()).toBe('2');
      expect(readFileSync(join(dir, 'stderr'), 'utf8')).toMatch(
        /The disk holding the store .*vigil\.db is full: nothing of this change was stored/,
      );
      const restored = join(after, 'vigil.db');
      const db = new Database(restored, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      expect(storeDigest(restored)).toEqual(before);
      expect(vigil('check', '--db', restored)).toMatch(/: ok/);
    },
    120_000,
  );
});
