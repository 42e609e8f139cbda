// Where the rules are evaluated after a write: by the task that wrote (in the import worker thread in
// the hosts), never on the host's own thread, and after `vigil import` too, so a watchlist hit is an
// alert before anyone next opens the store.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listAlerts } from '../../src/main/alerts/alertStore';
import { saveRule, watchedToId } from '../../src/main/alerts/ruleStore';
import type { CliIo } from '../../src/main/cli/io';
import { runCli } from '../../src/main/cli/main';
import { createRuntime, type Runtime } from '../../src/main/services/runtime';
import { runTask } from '../../src/main/services/tasks';
import { openStore, type Store } from '../../src/main/store/open';
import type { RuleDraft } from '../../src/shared/alerts';
import type { VigilEvent } from '../../src/shared/events';
import { tempDir, tempFile } from './helpers/temp';

const NOW = '2016-10-10T08:00:00.000Z';
const TODAY = '2099-01-01';

const WATCH: RuleDraft = {
  name: 'Ministries',
  enabled: true,
  scope: { categories: [], dimension: null },
  params: { kind: 'watchlist', window: { length: 7, unit: 'days' }, terms: ['.gov.cn', 'ransomware'] },
};

/** Rows of `external_id,occurred_at,category,asset,title`; every third one on a watched domain. */
function csv(prefix: string, n: number): string {
  const rows = ['external_id,occurred_at,category,asset,title'];
  for (let i = 0; i < n; i++) {
    const asset = i % 3 === 0 ? `www${String(i)}.moe.gov.cn` : `host-${String(i)}.example.org`;
    rows.push(
      `${prefix}${String(i)},2016-09-${String(10 + (i % 20))}T10:00:00Z,defacement,${asset},page ${String(i)}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

function watchAlerts(db: Database.Database): { subject: string; count: number }[] {
  return listAlerts(db, 'all', 100, TODAY)
    .filter((a) => a.rule === WATCH.name)
    .map((a) => ({ subject: a.subject, count: a.count }));
}

function storeWithRule(): { path: string; db: Store; ruleId: number } {
  const path = join(tempDir(), 'vigil.db');
  const db = openStore(path);
  const ruleId = saveRule(db, undefined, WATCH, NOW).id;
  return { path, db, ruleId };
}

let runtime: Runtime | undefined;
afterEach(() => {
  runtime?.close();
  runtime = undefined;
});

describe('the rules after a write', () => {
  it('are evaluated by the task that wrote, before it answers', async () => {
    const { db, ruleId } = storeWithRule();
    const hooks = { signal: new AbortController().signal, onProgress: () => undefined };
    const path = tempFile('a.csv', csv('A', 30));
    const outcome = await runTask(db, { kind: 'import', files: [{ path, name: 'a.csv' }] }, hooks);
    expect(outcome).toMatchObject({ kind: 'import', result: { imported: 30 } });
    expect(watchAlerts(db)).toEqual([{ subject: '.gov.cn', count: 10 }]);

    // An undo is a write too: the watchlist's mark follows the store back down.
    const top = watchedToId(db, ruleId);
    expect(top).toBe(30);
    await runTask(db, { kind: 'undo', importId: 1 }, hooks);
    expect(watchedToId(db, ruleId)).toBe(0);
    // An export writes nothing and judges nothing.
    db.prepare('UPDATE alert_rules SET watched_to_id = -1 WHERE id = ?').run(ruleId);
    await runTask(
      db,
      { kind: 'export', filter: {}, format: 'json', path: join(tempDir(), 'out.json') },
      hooks,
    );
    expect(watchedToId(db, ruleId)).toBe(-1);
    db.close();
  });

  it("are not evaluated on a host's own thread when a task's outcome arrives", async () => {
    const { path, db, ruleId } = storeWithRule();
    db.close();
    // A task worker that has written and judged (as the real one does) and only reports: whatever
    // the host thread does with the outcome shows in the store.
    const worker = join(tempDir(), 'reportingWorker.js');
    writeFileSync(
      worker,
      `const { parentPort } = require('node:worker_threads');
       parentPort.postMessage({ type: 'done', outcome: { kind: 'import',
         result: { imported: 0, duplicates: 0, rejected: 0, files: [] } } });`,
    );
    const events: VigilEvent[] = [];
    runtime = createRuntime({
      storePath: path,
      imports: 'worker',
      workerFile: worker,
      emit: (e) => events.push(e),
    });
    // Incidents the watchlist has not seen, stored by another writer after the host opened.
    const other = tempFile('b.csv', csv('B', 9));
    const writer = openStore(path);
    await runTask(
      writer,
      { kind: 'import', files: [{ path: other, name: 'b.csv' }] },
      {
        signal: new AbortController().signal,
        onProgress: () => undefined,
      },
    );
    writer.prepare('UPDATE alert_rules SET watched_to_id = 0 WHERE id = ?').run(ruleId);
    writer.prepare('DELETE FROM alerts').run();
    writer.close();

    const finished = new Promise<void>((resolve) => {
      runtime?.tasks.startImport([{ path: other, name: 'b.csv' }], resolve);
    });
    await finished;
    expect(events.map((e) => e.type)).toContain('import.finished');
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT watched_to_id FROM alert_rules WHERE id = ?').pluck().get(ruleId)).toBe(0);
    expect(check.prepare('SELECT count(*) FROM alerts').pluck().get()).toBe(0);
    check.close();
  });
});

describe('vigil import', () => {
  async function vigil(args: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const io: CliIo = { stdout: () => undefined, stderr: (t) => (stderr += t), stderrIsTTY: false };
    return { code: await runCli(args, io), stderr };
  }

  it('evaluates the rules once the file is stored', async () => {
    const { path, db, ruleId } = storeWithRule();
    db.close();
    const file = tempFile('c.csv', csv('C', 60));
    expect((await vigil(['import', file, '--db', path])).code).toBe(0);
    const after = new Database(path, { readonly: true });
    expect(watchAlerts(after)).toEqual([{ subject: '.gov.cn', count: 20 }]);
    expect(after.prepare('SELECT watched_to_id FROM alert_rules WHERE id = ?').pluck().get(ruleId)).toBe(60);
    after.close();

    // The same file again adds nothing, and counts nothing twice.
    expect((await vigil(['import', file, '--db', path])).code).toBe(0);
    const again = new Database(path, { readonly: true });
    expect(watchAlerts(again)).toEqual([{ subject: '.gov.cn', count: 20 }]);
    again.close();
  });
});
