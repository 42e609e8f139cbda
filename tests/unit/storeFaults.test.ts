// A store Vigil cannot fully use: damaged, read-only, or locked by another writer. Each is refused or
// limited with a message that names the file and says what to do, and the file is never written.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/services/dispatch';
import { createRuntime, type Runtime } from '../../src/main/services/runtime';
import { listBackups } from '../../src/main/store/backup';
import { openStore } from '../../src/main/store/open';
import { createHandlers } from '../../src/main/services/handlers';
import { TaskQueue } from '../../src/main/services/taskQueue';
import { inlineExecutor } from '../../src/main/services/executors';
import type { StoreInfo } from '../../src/shared/domain';
import type { VigilError } from '../../src/shared/errors';
import { damagePage, rootPage, scribble } from './helpers/damage';
import { fixture, tempDir } from './helpers/temp';
import { runVigil } from './helpers/cliRun';
import { pathContext } from './helpers/serviceRuntime';

const run = (args: string[]) => runVigil(args);

/** A store with data and one backup made "yesterday", closed and checkpointed. */
async function storeWithBackup(): Promise<{ store: string; backup: string }> {
  const store = join(tempDir(), 'vigil.db');
  expect((await run(['import', fixture('incidents-basic.csv'), '--db', store])).code).toBe(0);
  openStore(store, { backups: { now: () => new Date(Date.now() - 86_400_000) } }).close();
  const backup = listBackups(store).at(-1);
  expect(backup).toBeDefined();
  return { store, backup: backup! };
}

function refusal(store: string): VigilError & { file?: string } {
  try {
    openStore(store).close();
  } catch (err) {
    return err as VigilError;
  }
  throw new Error('the store was opened');
}

let runtime: Runtime | undefined;
const immutable: string[] = [];
afterEach(() => {
  runtime?.close();
  runtime = undefined;
  for (const file of immutable.splice(0)) spawnSync('chattr', ['-i', file]);
});

describe('a damaged store', () => {
  it('with a damaged header is refused, named, untouched, with the latest backup to restore', async () => {
    const { store, backup } = await storeWithBackup();
    scribble(store, 0, 100);
    const bytes = readFileSync(store);
    const error = refusal(store);
    expect(error.code).toBe('store_unreadable');
    expect(error.file).toBe(store);
    expect(error.message).toContain(store);
    expect(error.message).toContain(`vigil restore "${backup}"`);
    expect(readFileSync(store).equals(bytes)).toBe(true);
    expect(listBackups(store)).toEqual([backup]);
  });

  it('with a damaged page is refused at the first open of the day, before its backup is made', async () => {
    const { store, backup } = await storeWithBackup();
    damagePage(store, rootPage(store, 'incidents'));
    const bytes = readFileSync(store);
    const error = refusal(store);
    expect(error.code).toBe('store_unreadable');
    expect(error.message).toMatch(new RegExp(`The store ${store.replaceAll('.', '\\.')} is damaged`));
    expect(error.message).toContain(`vigil restore "${backup}"`);
    expect(readFileSync(store).equals(bytes)).toBe(true);
    // The good backup is neither replaced by a damaged one nor pruned.
    expect(listBackups(store)).toEqual([backup]);
  });

  it('with a page damaged later answers reads with the same message, never a stack trace', async () => {
    const { store, backup } = await storeWithBackup();
    openStore(store).close(); // today's backup exists: the next open does not read every page
    const today = listBackups(store).at(-1)!;
    expect(today).not.toBe(backup);
    damagePage(store, rootPage(store, 'incidents'));
    runtime = createRuntime({ storePath: store, imports: 'inline', emit: () => undefined });
    const result = await dispatch(runtime.handlers, 'incidents.list', {}, pathContext);
    expect(result).toMatchObject({ ok: false, error: { code: 'store_unreadable', file: store } });
    expect(!result.ok && result.error.message).toContain(`vigil restore "${today}"`);
  });
});

describe('a read-only store', () => {
  async function readOnlyChecks(store: string, handlers: Runtime['handlers']): Promise<void> {
    const info = await dispatch(handlers, 'store.info', {}, pathContext);
    expect(info.ok).toBe(true);
    const value = (info as { value: StoreInfo }).value;
    expect(value).toMatchObject({ readOnly: true, incidents: 6 });
    expect(value.readOnlyReason).toMatch(/vigil\.db/);
    const list = await dispatch(handlers, 'incidents.list', {}, pathContext);
    expect(list.ok).toBe(true);
    const writes = {
      import: await dispatch(
        handlers,
        'import.start',
        { files: [{ file: { kind: 'path', path: fixture('crlf-multiline.csv'), name: 'x.csv' } }] },
        pathContext,
      ),
      mapping: await dispatch(
        handlers,
        'mappings.save',
        { name: 'm', headers: ['a'], mapping: { fields: {} } },
        pathContext,
      ),
      label: await dispatch(handlers, 'labels.map', { label: 'x', category: 'malware' }, pathContext),
    };
    for (const answer of Object.values(writes)) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!answer.ok && answer.error.message).toMatch(/Importing and editing are off/);
    }
  }

  it('opened with { readonly: true } serves reads and refuses writes with the reason', async () => {
    const { store } = await storeWithBackup();
    const bytes = readFileSync(store);
    const db = openStore(store, { readonly: true });
    const tasks = new TaskQueue(inlineExecutor(db), () => undefined);
    await readOnlyChecks(store, createHandlers({ db, storePath: store, tasks }));
    db.close();
    expect(readFileSync(store).equals(bytes)).toBe(true);
  });

  const chattr = spawnSync('chattr', ['-V'], { encoding: 'utf8' }).status !== null;
  it.runIf(chattr && process.getuid?.() === 0)(
    'made immutable (chattr +i) opens for reading in the services and the command line',
    async () => {
      const { store } = await storeWithBackup();
      const bytes = readFileSync(store);
      expect(spawnSync('chattr', ['+i', store]).status).toBe(0);
      immutable.push(store);
      runtime = createRuntime({ storePath: store, imports: 'inline', emit: () => undefined });
      await readOnlyChecks(store, runtime.handlers);
      runtime.close();
      runtime = undefined;
      expect((await run(['imports', '--db', store])).code).toBe(0);
      const imported = await run(['import', fixture('crlf-multiline.csv'), '--db', store]);
      expect(imported.code).toBe(2);
      expect(imported.stderr).toMatch(/cannot be written.*Importing and editing are off/);
      expect(readFileSync(store).equals(bytes)).toBe(true);
    },
  );
});

describe('a second writer', () => {
  it('waits for the lock, then fails clearly and stores nothing', async () => {
    const { store } = await storeWithBackup();
    const holder = new Database(store);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const out = await run(['import', fixture('crlf-multiline.csv'), '--db', store, '--json']);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/Another Vigil process is writing to the store .*vigil\.db/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const db = new Database(store, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
