// Imports one file in one transaction: read it as a stream, store each data record as an incident
// (or count it as a duplicate of the stored incident it repeats, or keep it as a reject with its
// reason), and record the import. Any failure or a cancel rolls everything back.
import type { FileImportResult, ImportReject, DuplicateOf, LabelCount } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import type { Message } from '../../shared/i18n/message';
import type { ImportMapping, ReadOptions } from '../../shared/mapping';
import { READ_CACHE_KIB, type Store } from '../store/open';
import { finishImport, insertDuplicate, insertImport, insertReject } from '../store/queries/imports';
import { beginBulk, endBulk } from '../store/queries/bulk';
import { StoredRowsTally } from './storedRowsTally';
import { constantColumns } from './constantColumns';
import { storeTimeZone } from '../store/localDay';
import { labelMap } from '../store/queries/labels';
import { mappingByName, mappingForHeader, saveMapping } from '../store/queries/mappings';
import { findStoredDuplicate, prepareInsertIncident, type InsertColumn } from '../store/queries/incidents';
import type { CsvRecord } from './csvReader';
import { applyOverrides, buildPlan, suggestImportMapping, type MappingOverrides } from './plan';
import { parsedInWorker } from './parseWorker';
import { englishReason } from './rejectText';
import { REJECT, rowBatches, type ParseSpec, type RowBatch } from './rowBatches';
import { openSource, readRecords } from './source';

export interface ImportProgressTick {
  rows: number;
  bytesRead: number;
  bytesTotal: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (tick: ImportProgressTick) => void;
  now?: () => Date;
  read?: ReadOptions;
  /** The mapping to use; else a saved mapping named so, else one saved for this header, else a suggestion. */
  mapping?: ImportMapping;
  mappingName?: string;
  saveMappingAs?: string;
  /** Changes by header name on top of whichever mapping applies (the command line's options). */
  overrides?: MappingOverrides;
  /** Read the file in a worker thread running this file (see parseWorker.ts); else in this thread. */
  parseWorkerFile?: string;
}

/** How many rejects, duplicates and unknown labels a result carries back; all rejects stay stored. */
const DETAILS_IN_RESULT = 50;
/** Data rows read ahead to choose date formats before anything is stored. */
export const SAMPLE_ROWS = 500;
const PROGRESS_EVERY_MS = 200;
/** Files expected to hold at least this many rows are read in a thread of their own (parseWorker.ts). */
const WORKER_FROM_ROWS = 5_000;

export interface ResolvedMapping {
  mapping: ImportMapping;
  origin: 'given' | 'saved' | 'suggested';
  saved: { id: number; name: string } | null;
}

/** The caller's mapping, else a saved one (by name or for this header), else Vigil's suggestion. */
export function resolveMapping(
  db: Store,
  headers: string[],
  given: ImportMapping | undefined,
  name: string | undefined,
  file: string,
): ResolvedMapping {
  if (given !== undefined) return { mapping: given, origin: 'given', saved: null };
  if (name !== undefined) {
    const named = mappingByName(db, name);
    if (named === null)
      throw new VigilFault('not_found', { key: 'import:errors.noSavedMapping', params: { name } }, { file });
    return { mapping: named.mapping, origin: 'saved', saved: { id: named.id, name: named.name } };
  }
  const saved = mappingForHeader(db, headers);
  if (saved !== null)
    return { mapping: saved.mapping, origin: 'saved', saved: { id: saved.id, name: saved.name } };
  return { mapping: suggestImportMapping(headers), origin: 'suggested', saved: null };
}

export async function importFile(
  db: Store,
  file: { path: string; name: string },
  options: ImportOptions = {},
): Promise<FileImportResult> {
  const now = options.now ?? (() => new Date());
  const name = file.name;
  const source = await openSource(file, options.read);

  // Read the header and a sample of rows before writing: the sample decides 'auto' date formats.
  // The rows are then read again, from the start, by the half that feeds the writer (rowBatches).
  const records = readRecords(source, options.signal ? { signal: options.signal } : {});
  let header: CsvRecord | undefined;
  const ahead: CsvRecord[] = [];
  let exhausted = false;
  try {
    while (ahead.length < SAMPLE_ROWS) {
      const next = await records.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      for (const record of next.value) {
        if (header === undefined) header = record;
        else ahead.push(record);
      }
    }
  } finally {
    await records.return(undefined);
  }
  if (options.signal?.aborted) throw cancelled(name);
  if (header === undefined)
    throw new VigilFault('empty_file', { key: 'import:errors.noHeader' }, { file: name });
  const headers = header.fields.map((h) => h.trim());
  const resolved = resolveMapping(db, headers, options.mapping, options.mappingName, name);
  if (options.overrides !== undefined) {
    resolved.mapping = applyOverrides(headers, resolved.mapping, options.overrides, name);
  }
  const sample = ahead.map((r) => r.fields);
  const labels = labelMap(db);
  const plan = buildPlan(headers, resolved.mapping, sample, labels, name);

  const counts = { rows: 0, imported: 0, duplicates: 0, rejected: 0 };
  const rejects: ImportReject[] = [];
  const duplicatesOf: DuplicateOf[] = [];
  const unknown = new Map<string, number>();
  const stamp = now().toISOString();
  let bytesRead = 0;
  let lastTick = 0;
  let batches: AsyncGenerator<RowBatch, string, undefined> | undefined;

  db.exec('BEGIN IMMEDIATE');
  try {
    const importId = insertImport(db, {
      fileName: name,
      fileSize: source.size,
      format: source.format,
      encoding: source.encoding,
      delimiter: source.delimiter,
      mapping: JSON.stringify(resolved.mapping),
      mappingName: options.saveMappingAs ?? resolved.saved?.name ?? null,
      timeField: plan.timeField,
      startedAt: stamp,
    });
    const { columns, insert } = prepareInsertIncident(db, importId, stamp, constantColumns(plan));
    const spec: ParseSpec = {
      source,
      headers,
      mapping: resolved.mapping,
      sample,
      labels: [...labels],
      columns,
    };
    const sampleChars = ahead.reduce((total, r) => total + r.raw.length + 1, 0);
    const expectedRows =
      exhausted || sampleChars === 0 ? ahead.length : Math.round((source.size / sampleChars) * ahead.length);
    // A second thread pays from a few thousand rows on; starting one costs about 30 ms.
    batches =
      options.parseWorkerFile !== undefined && expectedRows >= WORKER_FROM_ROWS
        ? parsedInWorker(options.parseWorkerFile, spec)
        : rowBatches(spec, options.signal);
    const bulk = beginBulk(db, importId, expectedRows);

    const width = columns.length;
    const at = (column: InsertColumn): number => columns.indexOf(column);
    const externalIdAt = at('external_id');
    const sourceAt = at('source');
    const fingerprintAt = at('fingerprint');
    const categoryAt = at('category');
    const categoryRawAt = at('category_raw');
    const tally = new StoredRowsTally(db, columns, storeTimeZone(db));
    const values: unknown[] = new Array<unknown>(width + 1);
    const store = (items: readonly unknown[]): void => {
      let i = 0;
      while (i < items.length) {
        const line = items[i] as number;
        counts.rows++;
        if (items[i + 1] === REJECT) {
          const reasonText = items[i + 3] as Message;
          const value: ImportReject = {
            line,
            raw: items[i + 2] as string,
            reason: englishReason(reasonText),
            reasonText,
          };
          insertReject(db, importId, value);
          counts.rejected++;
          if (rejects.length < DETAILS_IN_RESULT) rejects.push(value);
          i += 4;
          continue;
        }
        const base = i + 2;
        for (let k = 0; k < width; k++) values[k] = items[base + k];
        values[width] = line;
        i = base + width;
        const id = insert(values);
        if (id !== 0) {
          counts.imported++;
          tally.add(id, values);
          const raw = categoryRawAt < 0 ? '' : (values[categoryRawAt] as string);
          if (raw !== '' && values[categoryAt] === 'uncategorized') {
            unknown.set(raw, (unknown.get(raw) ?? 0) + 1);
          }
          continue;
        }
        counts.duplicates++;
        const stored = findStoredDuplicate(db, {
          external_id: externalIdAt < 0 ? null : (values[externalIdAt] as string | null),
          source: sourceAt < 0 ? '' : (values[sourceAt] as string),
          fingerprint: values[fingerprintAt] as string,
        });
        if (stored === null) continue;
        insertDuplicate(db, importId, line, stored.id);
        if (duplicatesOf.length < DETAILS_IN_RESULT) {
          duplicatesOf.push({
            line,
            incidentId: stored.id,
            externalId: stored.externalId,
            title: stored.title,
            importId: stored.importId,
          });
        }
      }
    };

    let sha256 = '';
    for (;;) {
      if (options.signal?.aborted) break;
      const next = await batches.next();
      if (next.done === true) {
        sha256 = next.value;
        break;
      }
      bytesRead = next.value.bytesRead;
      store(next.value.items);
      const t = Date.now();
      if (options.onProgress && t - lastTick >= PROGRESS_EVERY_MS) {
        lastTick = t;
        options.onProgress({ rows: counts.rows, bytesRead, bytesTotal: source.size });
      }
    }
    if (options.signal?.aborted) throw cancelled(name);
    if (counts.rows === 0) {
      throw new VigilFault('no_rows', { key: 'import:errors.noRows' }, { file: name, line: 2 });
    }
    tally.save(db);
    endBulk(db, bulk);
    if (options.saveMappingAs !== undefined) {
      saveMapping(db, { name: options.saveMappingAs, headers, mapping: resolved.mapping }, stamp);
    }
    finishImport(db, importId, { ...counts, sha256, finishedAt: now().toISOString() });
    db.exec('COMMIT');
    options.onProgress?.({ rows: counts.rows, bytesRead, bytesTotal: source.size });
    const unknownLabels: LabelCount[] = [...unknown]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, DETAILS_IN_RESULT);
    return {
      file: name,
      importId,
      ...counts,
      error: null,
      rejects,
      timeField: plan.timeField,
      unknownLabels,
      duplicatesOf,
      dateFormats: plan.dateFormats,
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    // The import's smaller page cache (queries/bulk.ts) is not left behind on the connection.
    db.pragma(`cache_size = -${String(READ_CACHE_KIB)}`);
    throw err;
  } finally {
    await batches?.return('');
  }
}

function cancelled(file: string): VigilFault {
  return new VigilFault('cancelled', { key: 'import:errors.cancelled' }, { file });
}
