import type { Database } from 'better-sqlite3';
import type { DuplicateOf, ImportRecord, ImportReject } from '../../../shared/domain';
import { VigilFault } from '../../../shared/errors';
import { parseStoredMessage, storedMessageJson } from '../../../shared/i18n/message';
import { cached } from '../statements';

export interface NewImport {
  fileName: string;
  fileSize: number;
  format: string;
  encoding: string;
  delimiter: string;
  mapping: string;
  mappingName: string | null;
  timeField: string;
  startedAt: string;
}

export function insertImport(db: Database, value: NewImport): number {
  const info = db
    .prepare(
      `INSERT INTO imports (file_name, file_size, sha256, format, encoding, delimiter, mapping, mapping_name, time_field,
         started_at)
       VALUES (@fileName, @fileSize, '', @format, @encoding, @delimiter, @mapping, @mappingName, @timeField, @startedAt)`,
    )
    .run(value);
  return Number(info.lastInsertRowid);
}

export function finishImport(
  db: Database,
  id: number,
  counts: {
    rows: number;
    imported: number;
    duplicates: number;
    rejected: number;
    sha256: string;
    finishedAt: string;
  },
): void {
  // Rows of one import are written by one writer in one transaction, so their ids are one range.
  const range = db
    .prepare('SELECT min(id) AS first, max(id) AS last FROM incidents WHERE import_id = ?')
    .get(id) as { first: number | null; last: number | null };
  db.prepare(
    `UPDATE imports SET rows_total = @rows, imported = @imported, duplicates = @duplicates, rejected = @rejected,
       sha256 = @sha256, finished_at = @finishedAt, first_incident_id = @first, last_incident_id = @last WHERE id = @id`,
  ).run({ id, ...counts, first: range.first, last: range.last });
}

export function listImports(db: Database): ImportRecord[] {
  return db
    .prepare(
      `SELECT id, file_name AS fileName, file_size AS fileSize, sha256, format, encoding, delimiter, imported, duplicates,
              rejected, rows_total AS rows, mapping_name AS mappingName, started_at AS startedAt,
              coalesce(finished_at, '') AS finishedAt, undone_at AS undoneAt
       FROM imports ORDER BY id DESC`,
    )
    .all() as ImportRecord[];
}

export function insertReject(db: Database, importId: number, reject: ImportReject): void {
  cached(
    db,
    'INSERT INTO import_rejects (import_id, line, raw, reason, reason_message) VALUES (?, ?, ?, ?, ?)',
  ).run(importId, reject.line, reject.raw, reject.reason, storedMessageJson(reject.reasonText));
}

export function listRejects(
  db: Database,
  importId: number,
  limit: number,
  afterLine = 0,
): { rows: ImportReject[]; total: number } {
  const stored = db
    .prepare(
      `SELECT line, reason, raw, reason_message AS message FROM import_rejects
       WHERE import_id = ? AND line > ? ORDER BY line LIMIT ?`,
    )
    .all(importId, afterLine, limit) as (ImportReject & { message: string | null })[];
  const rows = stored.map(({ message, ...reject }): ImportReject => {
    const reasonText = parseStoredMessage(message);
    return reasonText === undefined ? reject : { ...reject, reasonText };
  });
  const { total } = db
    .prepare('SELECT count(*) AS total FROM import_rejects WHERE import_id = ?')
    .get(importId) as {
    total: number;
  };
  return { rows, total };
}

export function insertDuplicate(db: Database, importId: number, line: number, incidentId: number): void {
  cached(db, 'INSERT OR IGNORE INTO import_duplicates (import_id, line, incident_id) VALUES (?, ?, ?)').run(
    importId,
    line,
    incidentId,
  );
}

export function listDuplicates(
  db: Database,
  importId: number,
  limit: number,
  afterLine = 0,
): { rows: DuplicateOf[]; total: number } {
  const rows = db
    .prepare(
      `SELECT d.line, d.incident_id AS incidentId, i.external_id AS externalId, coalesce(i.title, '') AS title,
              coalesce(i.import_id, 0) AS importId
       FROM import_duplicates d LEFT JOIN incidents i ON i.id = d.incident_id
       WHERE d.import_id = ? AND d.line > ? ORDER BY d.line LIMIT ?`,
    )
    .all(importId, afterLine, limit) as DuplicateOf[];
  const { total } = db
    .prepare('SELECT count(*) AS total FROM import_duplicates WHERE import_id = ?')
    .get(importId) as {
    total: number;
  };
  return { rows, total };
}

export function importExists(db: Database, importId: number): boolean {
  return db.prepare('SELECT 1 FROM imports WHERE id = ?').get(importId) !== undefined;
}

/**
 * Removes exactly the incidents an import stored (triggers keep aggregates and the full-text index in
 * step) and marks it undone. The caller runs this in one transaction.
 */
export function undoImport(db: Database, importId: number, now: string): number {
  const row = db.prepare('SELECT undone_at AS undoneAt FROM imports WHERE id = ?').get(importId) as
    { undoneAt: string | null } | undefined;
  if (row === undefined)
    throw new VigilFault('not_found', { key: 'errors:noImport', params: { id: importId } });
  if (row.undoneAt !== null) {
    throw new VigilFault('invalid_input', {
      key: 'import:errors.alreadyUndone',
      params: { id: importId, at: row.undoneAt },
    });
  }
  const removed = db.prepare('DELETE FROM incidents WHERE import_id = ?').run(importId).changes;
  db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(now, importId);
  return removed;
}
