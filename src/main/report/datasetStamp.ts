// The stamp of the data a report was counted from: how many incidents, from which imports (with the
// SHA-256 of each file), and a SHA-256 over the counted rows themselves. The hash changes exactly when
// a counted row is added, removed or changed (any edit sets updated_at), and not when a row outside
// the period or the categories does, so a regenerated report can say "same data, same numbers".
// The rows are streamed in id order and hashed in chunks: a year of a million-incident store is
// never held in memory.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Period } from '../../shared/period';
import type { DatasetStamp, StampImport } from '../../shared/report';
import type { CategoryCode } from '../../shared/taxonomy';
import { countedRows } from './countedRows';

const CHUNK_CHARS = 64 * 1024;

type Row = [
  id: number,
  occurredAt: string,
  category: string,
  severity: string,
  updatedAt: string,
  importId: number,
];

export interface StampOptions {
  generatedAt: string;
  version: string;
  /** The zone the store counts days in. */
  timeZone: string;
}

export function datasetStamp(
  db: Database,
  period: Period,
  categories: readonly CategoryCode[],
  options: StampOptions,
): DatasetStamp {
  const counted = countedRows(period, categories, options.timeZone);
  const rows = db
    .prepare(
      `SELECT id, occurred_at, category, severity, updated_at, import_id FROM incidents
       WHERE ${counted.where} ORDER BY id`,
    )
    .raw()
    .iterate(...counted.params) as IterableIterator<Row>;
  const hash = createHash('sha256');
  const perImport = new Map<number, number>();
  let incidents = 0;
  let chunk = '';
  for (const [id, occurredAt, category, severity, updatedAt, importId] of rows) {
    // Tab-separated, one row a line: none of these values can hold a tab or a line break.
    chunk += `${String(id)}\t${occurredAt}\t${category}\t${severity}\t${updatedAt}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      hash.update(chunk);
      chunk = '';
    }
    incidents++;
    perImport.set(importId, (perImport.get(importId) ?? 0) + 1);
  }
  hash.update(chunk);
  return {
    incidents,
    imports: stampImports(db, perImport),
    contentHash: hash.digest('hex'),
    generatedAt: options.generatedAt,
    version: options.version,
    timeZone: options.timeZone,
  };
}

function stampImports(db: Database, perImport: Map<number, number>): StampImport[] {
  const get = db.prepare('SELECT file_name AS fileName, sha256 FROM imports WHERE id = ?');
  return [...perImport.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, incidents]) => {
      const row = get.get(id) as { fileName: string; sha256: string } | undefined;
      return { id, fileName: row?.fileName ?? '', sha256: row?.sha256 ?? '', incidents };
    });
}
