// An import job: several files, each imported in its own transaction. A file that fails does not stop
// the others; a cancel stops the job, keeping the files that were already complete.
import type { FileImportResult, ImportJobResult } from '../../shared/domain';
import { toVigilError, VigilFault } from '../../shared/errors';
import type { ImportMapping, ReadOptions } from '../../shared/mapping';
import type { Store } from '../store/open';
import { storeFault } from '../store/storeFaults';
import { importFile, type ImportOptions, type ImportProgressTick } from './importFile';
import type { MappingOverrides } from './plan';

export interface JobFile {
  path: string;
  name: string;
  read?: ReadOptions;
  mapping?: ImportMapping;
  mappingName?: string;
  saveMappingAs?: string;
  overrides?: MappingOverrides;
}

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (fileIndex: number, tick: ImportProgressTick) => void;
  /** Read each file in a worker thread running this file (see parseWorker.ts); else in this thread. */
  parseWorkerFile?: string;
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
          new VigilFault('cancelled', { key: 'import:errors.cancelledBefore' }, { file: file.name }),
        ),
      );
      continue;
    }
    try {
      const fileOptions: ImportOptions = {
        onProgress: (tick) => options.onProgress?.(index, tick),
      };
      if (options.signal) fileOptions.signal = options.signal;
      if (options.parseWorkerFile !== undefined) fileOptions.parseWorkerFile = options.parseWorkerFile;
      if (file.read) fileOptions.read = file.read;
      if (file.mapping) fileOptions.mapping = file.mapping;
      if (file.mappingName !== undefined) fileOptions.mappingName = file.mappingName;
      if (file.saveMappingAs !== undefined) fileOptions.saveMappingAs = file.saveMappingAs;
      if (file.overrides !== undefined) fileOptions.overrides = file.overrides;
      results.push(await importFile(db, { path: file.path, name: file.name }, fileOptions));
    } catch (err) {
      results.push(failed(file.name, storeFault(db, err)));
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
    unknownLabels: [],
    duplicatesOf: [],
    dateFormats: {},
  };
}

function sum(results: FileImportResult[], key: 'imported' | 'duplicates' | 'rejected'): number {
  return results.reduce((total, r) => total + r[key], 0);
}
