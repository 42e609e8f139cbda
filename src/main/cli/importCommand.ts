import { basename, resolve } from 'node:path';
import type { ImportJobResult } from '../../shared/domain';
import { describeError } from '../../shared/errors';
import { runImportJob } from '../import/runJob';
import { openStore } from '../store/open';
import type { CliIo } from './io';

export interface ImportCommandOptions {
  files: string[];
  storePath: string;
  json: boolean;
}

/** Imports the files in this process (a command line has no window to keep responsive). */
export async function importCommand(options: ImportCommandOptions, io: CliIo): Promise<number> {
  const db = openStore(options.storePath);
  let result: ImportJobResult;
  try {
    const files = options.files.map((file) => ({ path: resolve(file), name: basename(file) }));
    result = await runImportJob(db, files, {
      onProgress: (index, tick) => {
        if (!io.stderrIsTTY || options.json) return;
        const pct = tick.bytesTotal > 0 ? Math.floor((tick.bytesRead / tick.bytesTotal) * 100) : 100;
        io.stderr(`\r${files[index]?.name ?? ''}: ${String(tick.rows)} rows (${String(pct)}%)`);
      },
    });
  } finally {
    db.close();
  }
  if (io.stderrIsTTY && !options.json) io.stderr('\r\x1b[K');

  for (const file of result.files) {
    if (file.error) io.stderr(`vigil import: ${describeError(file.error)}\n`);
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    for (const file of result.files) {
      if (file.error) continue;
      io.stdout(
        `${file.file}: ${String(file.imported)} imported, ${String(file.duplicates)} duplicate${
          file.duplicates === 1 ? '' : 's'
        }, ${String(file.rejected)} rejected (import ${String(file.importId)})\n`,
      );
      for (const reject of file.rejects.slice(0, 10))
        io.stdout(`  line ${String(reject.line)}: ${reject.reason}\n`);
      if (file.rejected > 10) io.stdout(`  ... and ${String(file.rejected - 10)} more rejected rows\n`);
    }
    if (result.files.length > 1) {
      io.stdout(
        `total: ${String(result.imported)} imported, ${String(result.duplicates)} duplicates, ${String(result.rejected)} rejected\n`,
      );
    }
  }
  return result.files.some((file) => file.error !== null) ? 2 : 0;
}
