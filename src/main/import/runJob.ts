// An import job: several files, each imported in its own transaction. A file that fails does not stop
// the others; a cancel stops the job, keeping the files that were already complete.
import type { FileImportResult, ImportJobResult } from '../../shared/domain';
import { toVigilError, VigilFault } from '../../shared/errors';
import type { Store } from '../store/open';
import { importFile, type ImportProgressTick } from './importFile';

export interface JobFile {
  path: string;
  name: string;
}

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (fileIndex: number, tick: ImportProgressTick) => void;
}

export async function runImportJob(
  db: Store,
  files: readonly JobFile[],
  options: JobOptions = {},
): Promise<ImportJobResult> {
  const results: FileImportResult[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) {
      results.push(
        failed(
          file.name,
          new VigilFault('cancelled', 'the import was cancelled before this file', { file: file.name }),
        ),
      );
      continue;
    }
    try {
      const jobOptions: Parameters<typeof importFile>[2] = {
        onProgress: (tick) => options.onProgress?.(index, tick),
      };
      if (options.signal) jobOptions.signal = options.signal;
      results.push(await importFile(db, file, jobOptions));
    } catch (err) {
      results.push(failed(file.name, err));
    }
  }
  return {
    imported: sum(results, 'imported'),
    duplicates: sum(results, 'duplicates'),
    rejected: sum(results, 'rejected'),
    files: results,
  };
}

function failed(file: string, err: unknown): FileImportResult {
  const error = toVigilError(err);
  if (error.file === undefined) error.file = file;
  return {
    file,
    importId: null,
    imported: 0,
    duplicates: 0,
    rejected: 0,
    rows: 0,
    error,
    rejects: [],
    timeField: null,
  };
}

function sum(results: FileImportResult[], key: 'imported' | 'duplicates' | 'rejected'): number {
  return results.reduce((total, r) => total + r[key], 0);
}
