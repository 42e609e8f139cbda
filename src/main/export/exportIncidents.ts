// Writes the incidents a filter matches to a file, as CSV (UTF-8 with BOM, RFC 4180, formula cells
// guarded) or as a JSON array of objects. The rows are read page by page in id order (keyset, never
// the whole table in memory), all pages inside one read transaction, so the file is one consistent
// snapshot even while an import commits beside it. The file is written under a temporary name next to
// the destination and renamed at the end: a failed export leaves no half-written file behind.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { VigilFault } from '../../shared/errors';
import type { IncidentFilter } from '../../shared/filter';
import type { ExportFormat } from '../../shared/incidentTypes';
import type { Store } from '../store/open';
import { filterCondition } from '../store/queries/filterTarget';
import { csvRecord, UTF8_BOM } from './csvWriter';
import { EXPORT_COLUMNS, EXPORT_SELECT, EXTRA_COLUMN, type ExportRow } from './exportColumns';

const PAGE_ROWS = 2_000;
/** Where extra is in a row as read (after the id). */
const EXTRA_AT = EXPORT_COLUMNS.indexOf(EXTRA_COLUMN) + 1;
/** Text gathered before one write to the file. */
const FLUSH_CHARS = 1 << 20;

export interface ExportRequest {
  filter: IncidentFilter;
  format: ExportFormat;
  path: string;
}

/** The export could not be written; the system's reason stays as it gave it. */
function notWritten(err: unknown, path: string): VigilFault {
  const reason = err instanceof Error ? err.message : String(err);
  return new VigilFault(
    'file_unreadable',
    { key: 'incidents:errors.exportNotWritten', params: { reason } },
    { file: path },
  );
}

export function exportIncidents(db: Store, request: ExportRequest): { rows: number } {
  const scope = filterCondition(db, request.filter);
  // Rows as arrays, not objects: an export of a million rows otherwise spends a third of its time in
  // the garbage collector.
  const page = db.prepare(`${EXPORT_SELECT} WHERE ${scope.where} AND id > ? ORDER BY id LIMIT ?`).raw(true);
  const partial = join(
    dirname(request.path),
    `.${basename(request.path)}.${randomBytes(6).toString('hex')}.partial`,
  );
  let fd: number;
  try {
    fd = openSync(partial, 'wx', 0o600);
  } catch (err) {
    throw notWritten(err, request.path);
  }
  const format = request.format === 'csv' ? csvFormat : jsonFormat;
  let pending = format.start;
  const write = (text: string): void => {
    pending += text;
    if (pending.length >= FLUSH_CHARS) {
      writeSync(fd, pending);
      pending = '';
    }
  };
  let rows = 0;
  let open = true;
  try {
    db.transaction(() => {
      for (let after = 0; ;) {
        const batch = page.all(...scope.params, after, PAGE_ROWS) as ExportRow[];
        for (const row of batch) write(format.row(row, rows++));
        const last = batch.at(-1);
        if (last === undefined || batch.length < PAGE_ROWS) break;
        after = last[0];
      }
    }).deferred();
    writeSync(fd, pending + format.end(rows));
    fsyncSync(fd);
    open = false;
    closeSync(fd);
    renameSync(partial, request.path);
  } catch (err) {
    if (open) closeSync(fd);
    rmSync(partial, { force: true });
    if (err instanceof VigilFault) throw err;
    throw notWritten(err, request.path);
  }
  return { rows };
}

interface FileFormatWriter {
  start: string;
  row(row: ExportRow, index: number): string;
  end(rows: number): string;
}

const csvFormat: FileFormatWriter = {
  start: UTF8_BOM + csvRecord(EXPORT_COLUMNS),
  // Column 0 is the id, which is not exported: it means nothing outside this store.
  row: (row) => csvRecord(row, 1),
  end: () => '',
};

const jsonFormat: FileFormatWriter = {
  start: '[',
  row: (row, index) => {
    const object: Record<string, unknown> = {};
    EXPORT_COLUMNS.forEach((column, i) => (object[column] = row[i + 1]));
    // The unmapped columns as an object, not as text holding JSON.
    object.extra = parseExtra(row[EXTRA_AT]);
    return `${index === 0 ? '\n' : ',\n'}${JSON.stringify(object)}`;
  },
  end: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
};

function parseExtra(text: unknown): unknown {
  if (typeof text !== 'string') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
