import type { Database } from 'better-sqlite3';
import type { ImportRecord, ImportReject } from '../../../shared/domain';

export interface NewImport {
  fileName: string;
  fileSize: number;
  sha256: string;
  encoding: string;
  delimiter: string;
  mapping: string;
  startedAt: string;
}

export function insertImport(db: Database, value: NewImport): number {
  const info = db
    .prepare(
      `INSERT INTO imports (file_name, file_size, sha256, encoding, delimiter, mapping, started_at)
       VALUES (@fileName, @fileSize, @sha256, @encoding, @delimiter, @mapping, @startedAt)`,
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
  db.prepare(
    `UPDATE imports SET rows_total = @rows, imported = @imported, duplicates = @duplicates, rejected = @rejected,
       sha256 = @sha256, finished_at = @finishedAt WHERE id = @id`,
  ).run({ id, ...counts });
}

export function listImports(db: Database): ImportRecord[] {
  return db
    .prepare(
      `SELECT id, file_name AS fileName, file_size AS fileSize, sha256, encoding, delimiter, imported, duplicates,
              rejected, started_at AS startedAt, coalesce(finished_at, '') AS finishedAt
       FROM imports ORDER BY id DESC`,
    )
    .all() as ImportRecord[];
}

export function insertReject(db: Database, importId: number, reject: ImportReject): void {
  db.prepare('INSERT INTO import_rejects (import_id, line, raw, reason) VALUES (?, ?, ?, ?)').run(
    importId,
    reject.line,
    reject.raw,
    reject.reason,
  );
}

export function listRejects(
  db: Database,
  importId: number,
  limit: number,
): { rows: ImportReject[]; total: number } {
  const rows = db
    .prepare('SELECT line, reason, raw FROM import_rejects WHERE import_id = ? ORDER BY line LIMIT ?')
    .all(importId, limit) as ImportReject[];
  const { total } = db
    .prepare('SELECT count(*) AS total FROM import_rejects WHERE import_id = ?')
    .get(importId) as {
    total: number;
  };
  return { rows, total };
}

export function importExists(db: Database, importId: number): boolean {
  return db.prepare('SELECT 1 FROM imports WHERE id = ?').get(importId) !== undefined;
}
