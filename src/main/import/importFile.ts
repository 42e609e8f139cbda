// Imports one file in one transaction: read it as a stream, store each data record as an incident
// (or count it as a duplicate, or keep it as a reject with its reason), and record the import. Any
// failure or a cancel rolls everything back, so the store is exactly as it was before.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { FileImportResult, ImportReject } from '../../shared/domain';
import { VigilFault } from '../../shared/errors';
import type { Store } from '../store/open';
import { finishImport, insertImport, insertReject } from '../store/queries/imports';
import { prepareInsertIncident } from '../store/queries/incidents';
import { CsvReader, type CsvRecord } from './csvReader';
import { planColumns, type ColumnPlan } from './header';
import { buildRow } from './row';
import { SNIFF_BYTES, sniffDelimiter, sniffEncoding } from './sniff';

export interface ImportProgressTick {
  rows: number;
  bytesRead: number;
  bytesTotal: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (tick: ImportProgressTick) => void;
  now?: () => Date;
}

/** How many rejects a result carries back for the summary; all of them stay in import_rejects. */
const REJECTS_IN_RESULT = 50;
/** Raw text kept per reject; a runaway record is cut here, with its reason saying so. */
const MAX_RAW_CHARS = 64 * 1024;
const PROGRESS_EVERY_MS = 200;

export async function importFile(
  db: Store,
  file: { path: string; name: string },
  options: ImportOptions = {},
): Promise<FileImportResult> {
  const now = options.now ?? (() => new Date());
  const name = file.name;
  const size = await fileSize(file.path, name);
  if (size === 0) throw new VigilFault('empty_file', 'the file is empty', { file: name });

  const sample = await readSample(file.path, name);
  const sniffed = sniffEncoding(sample);
  if (sniffed.binary) {
    throw new VigilFault(
      'not_csv',
      'this is not a CSV file (it holds binary data, as an image or a workbook does)',
      {
        file: name,
      },
    );
  }
  const decoder = new TextDecoder(sniffed.encoding);
  const delimiter = sniffDelimiter(decoder.decode(sample.subarray(sniffed.bomLength)));

  const reader = new CsvReader({ delimiter });
  const streamDecoder = new TextDecoder(sniffed.encoding);
  const sha = createHash('sha256');
  const insertIncident = prepareInsertIncident(db);
  const counts = { rows: 0, imported: 0, duplicates: 0, rejected: 0 };
  const rejects: ImportReject[] = [];
  // Held in an object: the header is read inside handle(), and a plain `let` would be narrowed to null.
  const state: { plan: ColumnPlan | null } = { plan: null };
  let importId = 0;
  let bytesRead = 0;
  let lastTick = 0;
  const startedAt = now().toISOString();
  const stamp = startedAt;

  const reject = (record: CsvRecord, reason: string): void => {
    const raw = record.raw.length > MAX_RAW_CHARS ? record.raw.slice(0, MAX_RAW_CHARS) : record.raw;
    const value: ImportReject = { line: record.line, reason, raw };
    insertReject(db, importId, value);
    counts.rejected++;
    if (rejects.length < REJECTS_IN_RESULT) rejects.push(value);
  };

  const handle = (records: CsvRecord[]): void => {
    for (const record of records) {
      if (state.plan === null) {
        state.plan = planColumns(
          record.fields.map((h) => h.trim()),
          name,
        );
        importId = insertImport(db, {
          fileName: name,
          fileSize: size,
          sha256: '',
          encoding: sniffed.encoding,
          delimiter,
          mapping: JSON.stringify({ fields: state.plan.fields, timeField: state.plan.timeField }),
          startedAt,
        });
        continue;
      }
      counts.rows++;
      if (record.problem !== undefined) {
        reject(record, record.problem);
        continue;
      }
      const outcome = buildRow(record.fields, state.plan);
      if (!outcome.ok) {
        reject(record, outcome.reason);
        continue;
      }
      if (insertIncident(outcome.row, importId, record.line, stamp)) counts.imported++;
      else counts.duplicates++;
    }
  };

  db.exec('BEGIN IMMEDIATE');
  try {
    const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
    let skipBom = sniffed.bomLength;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (options.signal?.aborted) throw cancelled(name);
      sha.update(chunk);
      bytesRead += chunk.length;
      const body = skipBom > 0 ? chunk.subarray(skipBom) : chunk;
      skipBom = 0;
      handle(reader.push(streamDecoder.decode(body, { stream: true })));
      const t = Date.now();
      if (options.onProgress && t - lastTick >= PROGRESS_EVERY_MS) {
        lastTick = t;
        options.onProgress({ rows: counts.rows, bytesRead, bytesTotal: size });
      }
    }
    handle(reader.push(streamDecoder.decode()));
    handle(reader.end());
    if (options.signal?.aborted) throw cancelled(name);
    if (state.plan === null)
      throw new VigilFault('empty_file', 'the file holds no header and no rows', { file: name });
    if (counts.rows === 0) {
      throw new VigilFault('no_rows', 'the file has a header but no data rows', { file: name, line: 2 });
    }
    finishImport(db, importId, { ...counts, sha256: sha.digest('hex'), finishedAt: now().toISOString() });
    db.exec('COMMIT');
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
  options.onProgress?.({ rows: counts.rows, bytesRead, bytesTotal: size });
  return { file: name, importId, ...counts, error: null, rejects, timeField: state.plan.timeField };
}

function cancelled(file: string): VigilFault {
  return new VigilFault('cancelled', 'the import was cancelled; nothing of this file was stored', { file });
}

async function fileSize(path: string, name: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new VigilFault('file_unreadable', 'this is a folder, not a file', { file: name });
    return info.size;
  } catch (err) {
    if (err instanceof VigilFault) throw err;
    throw new VigilFault('file_unreadable', `cannot read the file: ${(err as Error).message}`, {
      file: name,
    });
  }
}

async function readSample(path: string, name: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new VigilFault('file_unreadable', `cannot read the file: ${(err as Error).message}`, {
      file: name,
    });
  }
}
