// `vigil imports` and `vigil undo`: the import history and taking an import back.
import { describeError, VigilFault } from '../../shared/errors';
import { inlineExecutor } from '../services/executors';
import { TaskQueue } from '../services/taskQueue';
import { openStore } from '../store/open';
import { listImports } from '../store/queries/imports';
import type { CliIo } from './io';

export function importsCommand(options: { storePath: string; json: boolean }, io: CliIo): number {
  const db = openStore(options.storePath);
  try {
    const rows = listImports(db);
    if (options.json) {
      io.stdout(`${JSON.stringify({ imports: rows }, null, 2)}\n`);
      return 0;
    }
    if (rows.length === 0) {
      io.stdout('No imports yet.\n');
      return 0;
    }
    io.stdout('id\tfinished\timported\tduplicates\trejected\tfile\n');
    for (const r of rows) {
      io.stdout(
        `${String(r.id)}\t${r.finishedAt}\t${String(r.imported)}\t${String(r.duplicates)}\t${String(r.rejected)}\t${r.fileName}${
          r.undoneAt ? `\t(undone ${r.undoneAt})` : ''
        }\n`,
      );
    }
    return 0;
  } finally {
    db.close();
  }
}

export async function undoCommand(
  options: { storePath: string; importId: string | undefined; json: boolean },
  io: CliIo,
): Promise<number> {
  const importId = Number(options.importId);
  if (!Number.isSafeInteger(importId) || importId <= 0) {
    throw new VigilFault(
      'invalid_input',
      `name the import to undo by its id (see "vigil imports"), not "${options.importId ?? ''}"`,
    );
  }
  const db = openStore(options.storePath);
  try {
    const queue = new TaskQueue(inlineExecutor(db), () => undefined);
    const outcome = await queue.run({ kind: 'undo', importId });
    const removed = outcome.kind === 'undo' ? outcome.removed : 0;
    if (options.json) io.stdout(`${JSON.stringify({ importId, removed })}\n`);
    else io.stdout(`Import ${String(importId)} undone: ${String(removed)} incidents removed.\n`);
    return 0;
  } catch (err) {
    if (err instanceof VigilFault) {
      io.stderr(`vigil undo: ${describeError(err.toValue())}\n`);
      return 2;
    }
    throw err;
  } finally {
    db.close();
  }
}
