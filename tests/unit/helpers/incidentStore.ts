// A store filled by the real importer from a CSV written here, for the incident table's read tests,
// with calls through the contract's dispatch as a host makes them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import type { InputOf, OperationName, ResultOf } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/errors';
import { dispatch } from '../../../src/main/services/dispatch';
import type { CallContext } from '../../../src/main/services/handlers';
import { createRuntime, type Runtime } from '../../../src/main/services/runtime';
import { tempDir } from './temp';

export const CSV_COLUMNS = [
  'external_id',
  'occurred_at',
  'reported_at',
  'category',
  'severity',
  'status',
  'source',
  'region',
  'sector',
  'title',
  'description',
  'asset',
  'attacker_ip',
  'tags',
] as const;
/** Values by column name (CSV_COLUMNS, or any other header a test writes). */
export type CsvRow = Partial<Record<string, string>>;

const context: CallContext = {
  resolveFile: (ref) => (ref.kind === 'path' ? { path: ref.path, name: ref.name } : { path: '', name: '' }),
};

const opened: Runtime[] = [];
const openedForFile: Runtime[] = [];
afterEach(() => {
  for (const rt of opened.splice(0)) rt.close();
});
afterAll(() => {
  for (const rt of openedForFile.splice(0)) rt.close();
});

export interface TestStore {
  rt: Runtime;
  call<N extends OperationName>(name: N, input: InputOf<N>): Promise<ResultOf<N>>;
  /** The error a call answers with (throws when it succeeds). */
  fail(name: OperationName, input: unknown): Promise<{ code: string; message: string }>;
  importRows(rows: readonly CsvRow[], columns?: readonly string[], name?: string): Promise<void>;
}

export function csvText(rows: readonly CsvRow[], columns: readonly string[]): string {
  const cell = (value: string): string =>
    /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? '')).join(','))].join(
    '\n',
  );
}

/** A new store; closed after the test, or after the file's last test when opened for the whole file. */
export function openTestStore(scope: 'test' | 'file' = 'test'): TestStore {
  const dir = scope === 'test' ? tempDir() : mkdtempSync(join(tmpdir(), 'vigil-test-'));
  const rt = createRuntime({ storePath: join(dir, 'vigil.db'), imports: 'inline', emit: () => undefined });
  if (scope === 'test') opened.push(rt);
  else {
    openedForFile.push(rt);
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });
  }
  let files = 0;
  const store: TestStore = {
    rt,
    async call(name, input) {
      const result = (await dispatch(rt.handlers, name, input, context)) as Result<ResultOf<typeof name>>;
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    async fail(name, input) {
      const result = await dispatch(rt.handlers, name, input, context);
      if (result.ok) throw new Error(`${name} succeeded`);
      return result.error;
    },
    async importRows(rows, columns = CSV_COLUMNS, name) {
      const fileName = name ?? `export-${String(++files)}.csv`;
      const path = join(dir, fileName);
      writeFileSync(path, csvText(rows, columns));
      await store.call('import.start', { files: [{ file: { kind: 'path', path, name: fileName } }] });
      await rt.tasks.whenIdle();
    },
  };
  return store;
}
