// `vigil imports` and `vigil undo`: the import history and taking an import back.
import { describeError, VigilFault } from '../../shared/errors';
import { inlineExecutor } from '../services/executors';
import { TaskQueue } from '../services/taskQueue';
import { openStore } from '../store/open';
import { listImports } from '../store/queries/imports';
import type { CliIo } from './io';
import type { RunLanguage } from './language';

interface HistoryOptions {
  storePath: string;
  json: boolean;
  language: RunLanguage;
}

export function importsCommand(options: HistoryOptions, io: CliIo): number {
  const db = openStore(options.storePath);
  try {
    options.language.adoptStore(db);
    const t = options.language.t;
    const rows = listImports(db);
    if (options.json) {
      io.stdout(`${JSON.stringify({ imports: rows }, null, 2)}\n`);
      return 0;
    }
    if (rows.length === 0) {
      io.stdout(`${t('cli:imports.none')}\n`);
      return 0;
    }
    io.stdout(`${t('cli:imports.header')}\n`);
    for (const r of rows) {
      io.stdout(
        `${String(r.id)}\t${r.finishedAt}\t${String(r.imported)}\t${String(r.duplicates)}\t${String(r.rejected)}\t${r.fileName}${
          r.undoneAt ? `\t${t('cli:imports.undone', { at: r.undoneAt })}` : ''
        }\n`,
      );
    }
    return 0;
  } finally {
    db.close();
  }
}

export async function undoCommand(
  options: HistoryOptions & { importId: string | undefined },
  io: CliIo,
): Promise<number> {
  const importId = Number(options.importId);
  if (!Number.isSafeInteger(importId) || importId <= 0) {
    throw new VigilFault('invalid_input', {
      key: 'errors:option.undoId',
      params: { value: options.importId ?? '' },
    });
  }
  const db = openStore(options.storePath);
  try {
    options.language.adoptStore(db);
    const queue = new TaskQueue(inlineExecutor(db), () => undefined);
    const outcome = await queue.run({ kind: 'undo', importId });
    const removed = outcome.kind === 'undo' ? outcome.removed : 0;
    if (options.json) io.stdout(`${JSON.stringify({ importId, removed })}\n`);
    else io.stdout(`${options.language.t('cli:imports.undoDone', { id: importId, count: removed })}\n`);
    return 0;
  } catch (err) {
    if (err instanceof VigilFault) {
      io.stderr(`vigil undo: ${describeError(err.toValue(), options.language.language)}\n`);
      return 2;
    }
    throw err;
  } finally {
    db.close();
  }
}
