// The reading half of an import: a file's data records as rows ready to insert (or rejects with their
// reason), batch by batch, packed flat. It needs no store, so it can run in a thread of its own beside
// the one that writes (parseWorker.ts): on a 1,000,000-row file, reading, mapping and fingerprinting
// cost about as much as SQLite's own work.
import { createHash } from 'node:crypto';
import type { Message } from '../../shared/i18n/message';
import type { ImportMapping } from '../../shared/mapping';
import type { CategoryCode } from '../../shared/taxonomy';
import type { InsertColumn } from '../store/queries/incidents';
import type { CsvRecord } from './csvReader';
import { buildPlan } from './plan';
import { buildRow } from './row';
import { readRecords, type SourceFile } from './source';

/** What the reading half needs: plain data, so that it can be posted to a worker thread. */
export interface ParseSpec {
  source: SourceFile;
  headers: string[];
  mapping: ImportMapping;
  /** The same sample the writer chose date formats from, so that both halves read dates alike. */
  sample: string[][];
  labels: [string, CategoryCode][];
  /** The values of a row, in this order, as the insert binds them. */
  columns: readonly InsertColumn[];
}

/**
 * One batch, flat: per data record its line, then either REJECT, the raw text and the reason (a catalog
 * message), or ROW
 * and the values of `columns`. Flat arrays of strings cost far less to post between threads than
 * an object per row.
 */
export interface RowBatch {
  items: unknown[];
  bytesRead: number;
}

/**
 * Rows per batch. Small batches are cheaper than they look: a batch's strings stay alive until it is
 * posted, and a young-generation collection that finds a large batch alive copies all of it (measured:
 * one batch per 1 MiB chunk, about 6,000 rows, tripled the reading thread's time in the collector).
 */
const BATCH_ROWS = 500;

export const REJECT = 0;
export const ROW = 1;

/** Raw text kept per reject; a runaway record is cut here. */
export const MAX_RAW_CHARS = 64 * 1024;

/** The file's data records as batches; returns the file's SHA-256 once it is read to the end. */
export async function* rowBatches(
  spec: ParseSpec,
  signal?: AbortSignal,
): AsyncGenerator<RowBatch, string, undefined> {
  const sha = createHash('sha256');
  let bytesRead = 0;
  const records = readRecords(spec.source, {
    ...(signal ? { signal } : {}),
    onChunk: (chunk, total) => {
      sha.update(chunk);
      bytesRead = total;
    },
  });
  const plan = buildPlan(
    spec.headers,
    spec.mapping,
    spec.sample,
    new Map(spec.labels),
    spec.source.name,
    spec.source.format,
  );
  const columns = spec.columns;
  const width = columns.length;
  let header = true;
  const reject = (items: unknown[], record: CsvRecord, reason: Message): void => {
    const raw = record.raw.length > MAX_RAW_CHARS ? record.raw.slice(0, MAX_RAW_CHARS) : record.raw;
    items.push(record.line, REJECT, raw, reason);
  };
  try {
    let items: unknown[] = [];
    let rows = 0;
    for await (const batch of records) {
      for (const record of batch) {
        if (rows === BATCH_ROWS) {
          yield { items, bytesRead };
          items = [];
          rows = 0;
        }
        rows++;
        if (header) {
          header = false;
          rows--;
          continue;
        }
        if (record.problem !== undefined) {
          reject(items, record, record.problem);
          continue;
        }
        const outcome = buildRow(record.fields, record.raw.length, plan, record.more);
        if (!outcome.ok) {
          reject(items, record, outcome.reason);
          continue;
        }
        const row = outcome.row;
        items.push(record.line, ROW);
        for (let i = 0; i < width; i++) items.push(row[columns[i] as InsertColumn]);
      }
    }
    if (items.length > 0) yield { items, bytesRead };
  } finally {
    await records.return(undefined);
  }
  return sha.digest('hex');
}
