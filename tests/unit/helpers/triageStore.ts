// A store with a handful of imported incidents, opened as the hosts open it (runtime, task queue,
// handlers), for the triage, history, undo and export tests. Rows come through the real importer.
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ParsedInputOf, ResultOf } from '../../../src/shared/contract';
import type { VigilEvent } from '../../../src/shared/events';
import { importFile } from '../../../src/main/import/importFile';
import type { CallContext } from '../../../src/main/services/handlers';
import { createRuntime, type Runtime } from '../../../src/main/services/runtime';
import { tempDir, tempFile } from './temp';

const opened: Runtime[] = [];

afterEach(() => {
  for (const runtime of opened.splice(0)) runtime.close();
});

export const INCIDENTS_CSV = [
  'external_id,occurred_at,category,severity,status,title,asset,source,region,tags,notes,Analyst Comment',
  'CN-1,2016-01-04T08:15:00Z,phishing,high,new,Bank login page,http://a.test/,cncert,Beijing,"bank, urgent",,c1',
  'CN-2,2016-01-19 14:02,网页篡改,medium,new,首页被篡改,www.gov.test,cncert,上海,,,',
  'CN-3,2016-02-07,malware,critical,resolved,Botnet node,10.0.0.1,cncert,Guangdong,botnet,,',
  ',2016-02-29,phishing,low,Open,Fake shop,shop.test,partner,Beijing,,,c4',
  ',2016-03-15,Web Shell,urgent?,triaged,Web shell found,cms.test,partner,Tianjin,,,',
  'CN-6,2016-03-20,mystery label,,new,Something odd,odd.test,cncert,,,,',
].join('\n');

/** The desktop app's answer for files named by path (absolute paths only). */
export const pathContext: CallContext = {
  resolveFile: (ref) => {
    if (ref.kind !== 'path') throw new Error('paths only');
    return { path: ref.path, name: ref.name };
  },
};

export interface TriageStore {
  runtime: Runtime;
  events: VigilEvent[];
  dir: string;
  /** The id of the incident with this title. */
  idOf(title: string): number;
  call<
    N extends 'incidents.update' | 'changes.undo' | 'changes.list' | 'incidents.history' | 'incidents.export',
  >(
    name: N,
    input: ParsedInputOf<N>,
    context?: CallContext,
  ): Promise<ResultOf<N>>;
  row(id: number): Record<string, unknown>;
}

export async function triageStore(csv: string = INCIDENTS_CSV): Promise<TriageStore> {
  const dir = tempDir();
  const events: VigilEvent[] = [];
  const runtime = createRuntime({
    storePath: join(dir, 'vigil.db'),
    imports: 'inline',
    emit: (event) => events.push(event),
  });
  opened.push(runtime);
  await importFile(runtime.db, { path: tempFile('incidents.csv', csv), name: 'incidents.csv' });
  const db = runtime.db;
  return {
    runtime,
    events,
    dir,
    idOf: (title) => {
      const found = db.prepare('SELECT id FROM incidents WHERE title = ?').pluck().get(title);
      if (typeof found !== 'number') throw new Error(`no incident titled ${title}`);
      return found;
    },
    call: async (name, input, context = pathContext) => {
      const handler = runtime.handlers[name] as (i: unknown, c: CallContext) => unknown;
      return (await handler(input, context)) as never;
    },
    row: (id) => db.prepare('SELECT * FROM incidents WHERE id = ?').get(id) as Record<string, unknown>,
  };
}
