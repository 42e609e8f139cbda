// Imports one file in one transaction: read it as a stream, store each data record as an incident
// (or count it as a duplicate of the stored incident it repeats, or keep it as a reject with its
// reason), and record the import. Any failure or a cancel rolls everything back.
import { createHash } from 'node:crypto';
import type { FileImportResult, ImportReject, DuplicateOf, LabelCount } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import type { ImportMapping, ReadOptions } from '../../shared/mapping';
import type { Store } from '../store/open';
import { finishImport, insertDuplicate, insertImport, insertReject } from '../store/queries/imports';
import { beginBulk, endBulk } from '../store/queries/bulk';
import { labelMap } from '../store/queries/labels';
import { mappingByName, mappingForHeader, saveMapping } from '../store/queries/mappings';
import { findStoredDuplicate, prepareInsertIncident } from '../store/queries/incidents';
import type { CsvRecord } from './csvReader';
import { applyOverrides, buildPlan, suggestImportMapping, type MappingOverrides, type RowPlan } from './plan';
import { buildRow } from './row';
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
}

/** How many rejects, duplicates and unknown labels a result carries back; all rejects stay stored. */
const DETAILS_IN_RESULT = 50;
/** Raw text kept per reject; a runaway record is cut here. */
const MAX_RAW_CHARS = 64 * 1024;
/** Data rows read ahead to choose date formats before anything is stored. */
export const SAMPLE_ROWS = 500;
const PROGRESS_EVERY_MS = 200;

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
      throw new VigilFault('not_found', `there is no saved mapping named "${name}"`, { file });
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
  const sha = createHash('sha256');
  let bytesRead = 0;
  const records = readRecords(source, {
    ...(options.signal ? { signal: options.signal } : {}),
    onChunk: (chunk, total) => {
      sha.update(chunk);
      bytesRead = total;
    },
  });

  // Read the header and a sample of rows before writing: the sample decides 'auto' date formats.
  let header: CsvRecord | undefined;
  const ahead: CsvRecord[] = [];
  let exhausted = false;
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
  if (options.signal?.aborted) throw cancelled(name);
  if (header === undefined)
    throw new VigilFault('empty_file', 'the file holds no header and no rows', { file: name });
  const headers = header.fields.map((h) => h.trim());
  const resolved = resolveMapping(db, headers, options.mapping, options.mappingName, name);
  if (options.overrides !== undefined) {
    resolved.mapping = applyOverrides(headers, resolved.mapping, options.overrides, name);
  }
  const plan = buildPlan(
    headers,
    resolved.mapping,
    ahead.map((r) => r.fields),
    labelMap(db),
    name,
  );

  const insertIncident = prepareInsertIncident(db);
  const counts = { rows: 0, imported: 0, duplicates: 0, rejected: 0 };
  const rejects: ImportReject[] = [];
  const duplicatesOf: DuplicateOf[] = [];
  const unknown = new Map<string, number>();
  const stamp = now().toISOString();
  let importId = 0;
  let lastTick = 0;

  const reject = (record: CsvRecord, reason: string): void => {
    const raw = record.raw.length > MAX_RAW_CHARS ? record.raw.slice(0, MAX_RAW_CHARS) : record.raw;
    const value: ImportReject = { line: record.line, reason, raw };
    insertReject(db, importId, value);
    counts.rejected++;
    if (rejects.length < DETAILS_IN_RESULT) rejects.push(value);
  };

  const handle = (batch: readonly CsvRecord[], rowPlan: RowPlan): void => {
    for (const record of batch) {
      counts.rows++;
      if (record.problem !== undefined) {
        reject(record, record.problem);
        continue;
      }
      const outcome = buildRow(record.fields, record.raw.length, rowPlan, record.more);
      if (!outcome.ok) {
        reject(record, outcome.reason);
        continue;
      }
      const row = outcome.row;
      if (insertIncident(row, importId, record.line, stamp)) {
        counts.imported++;
        if (row.category === 'uncategorized' && row.category_raw !== '') {
          unknown.set(row.category_raw, (unknown.get(row.category_raw) ?? 0) + 1);
        }
        continue;
      }
      counts.duplicates++;
      const stored = findStoredDuplicate(db, row);
      if (stored === null) continue;
      insertDuplicate(db, importId, record.line, stored.id);
      if (duplicatesOf.length < DETAILS_IN_RESULT) {
        duplicatesOf.push({
          line: record.line,
          incidentId: stored.id,
          externalId: stored.externalId,
          title: stored.title,
          importId: stored.importId,
        });
      }
    }
  };

  const T0 = Date.now(); const lap = (l: string): void => { if (process.env.VIGIL_PROF) process.stderr.write(`${l} ${Date.now() - T0}\n`); };
  db.exec('BEGIN IMMEDIATE');
  try {
    importId = insertImport(db, {
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
    const sampleChars = ahead.reduce((total, r) => total + r.raw.length + 1, 0);
    const expectedRows =
      exhausted || sampleChars === 0 ? ahead.length : Math.round((source.size / sampleChars) * ahead.length);
    const bulk = beginBulk(db, importId, expectedRows);
    handle(ahead, plan);
    if (!exhausted) {
      for await (const batch of records) {
        if (options.signal?.aborted) break;
        handle(batch, plan);
        const t = Date.now();
        if (options.onProgress && t - lastTick >= PROGRESS_EVERY_MS) {
          lastTick = t;
          options.onProgress({ rows: counts.rows, bytesRead, bytesTotal: source.size });
        }
      }
    }
    if (options.signal?.aborted) throw cancelled(name);
    if (counts.rows === 0) {
      throw new VigilFault('no_rows', 'the file has a header but no data rows', { file: name, line: 2 });
    }
    lap('rows');
    endBulk(db, bulk);
    lap('endBulk');
    if (options.saveMappingAs !== undefined) {
      saveMapping(db, { name: options.saveMappingAs, headers, mapping: resolved.mapping }, stamp);
    }
    finishImport(db, importId, { ...counts, sha256: sha.digest('hex'), finishedAt: now().toISOString() });
    lap('finish');
    db.exec('COMMIT');
    lap('commit');
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    await records.return(undefined);
  }
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
}

function cancelled(file: string): VigilFault {
  return new VigilFault('cancelled', 'the import was cancelled; nothing of this file was stored', { file });
}
