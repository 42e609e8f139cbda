import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ImportJobResult } from '../../shared/domain';
import { describeError } from '../../shared/errors';
import type { ImportProgressTick } from '../import/importFile';
import type { JobFile } from '../import/runJob';
import { workerExecutor } from '../services/executors';
import { TaskQueue } from '../services/taskQueue';
import { runTask } from '../services/tasks';
import { openStore } from '../store/open';
import type { ImportArgs } from './args';
import type { CliIo } from './io';
import type { RunLanguage } from './language';
import { printImportSummary } from './importSummary';

export interface ImportCommandOptions extends ImportArgs {
  files: string[];
  storePath: string;
  json: boolean;
  language: RunLanguage;
}

/**
 * Imports the files. Built, the command runs them in the import worker thread, as the hosts do, where
 * the heap is kept small (see WORKER_HEAP_MIB); run from sources (tests), in this thread. Either way the
 * import is the same task as in the window: the alert rules are evaluated once it is stored, so a
 * watchlist hit is an alert before anyone next opens the store.
 */
export async function importCommand(options: ImportCommandOptions, io: CliIo): Promise<number> {
  const files: JobFile[] = options.files.map((file) => ({
    path: resolve(file),
    name: basename(file),
    read: options.read,
    overrides: options.overrides,
    ...(options.mappingName !== undefined ? { mappingName: options.mappingName } : {}),
    ...(options.saveMappingAs !== undefined ? { saveMappingAs: options.saveMappingAs } : {}),
  }));
  const started = Date.now();
  const onProgress = (index: number, tick: ImportProgressTick): void => {
    if (!io.stderrIsTTY || options.json) return;
    const pct = tick.bytesTotal > 0 ? Math.floor((tick.bytesRead / tick.bytesTotal) * 100) : 100;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(tick.rows / seconds) : 0;
    const text = options.language.t('cli:import.progress', {
      file: files[index]?.name ?? '',
      rows: tick.rows,
      pct,
      rate,
    });
    io.stderr(`\r${text}`);
  };
  // Opened here first so that a store Vigil cannot use is reported before any file is read.
  const db = openStore(options.storePath);
  options.language.adoptStore(db);
  let result: ImportJobResult;
  try {
    const workerFile = join(__dirname, 'importWorker.js');
    if (existsSync(workerFile)) {
      db.close();
      const queue = new TaskQueue(workerExecutor({ storePath: options.storePath }, workerFile), (event) => {
        if (event.type === 'import.progress') onProgress(event.progress.fileIndex, event.progress);
      });
      const outcome = await queue.run({ kind: 'import', files });
      if (outcome.kind !== 'import') throw new Error('the import worker answered with another task');
      result = outcome.result;
    } else {
      const outcome = await runTask(
        db,
        { kind: 'import', files },
        { signal: new AbortController().signal, onProgress },
      );
      if (outcome.kind !== 'import') throw new Error('the import answered with another task');
      result = outcome.result;
    }
  } finally {
    if (db.open) db.close();
  }
  if (io.stderrIsTTY && !options.json) io.stderr('\r\x1b[K');

  const language = options.language.language;
  for (const file of result.files) {
    if (file.error) io.stderr(`vigil import: ${describeError(file.error, language)}\n`);
  }
  if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else printImportSummary(result, language, io);
  return result.files.some((file) => file.error !== null) ? 2 : 0;
}
