import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/** The page of `file` where `table`'s B-tree starts (for a small table, the page holding its rows). */
export function rootPage(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  } finally {
    db.close();
  }
}

/** Overwrites `length` bytes of `file` at `offset` with a pattern no SQLite page or header holds. */
export function scribble(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  } finally {
    closeSync(fd);
  }
}

/** Damages one whole page (1-based, as SQLite numbers them) of a closed, checkpointed store. */
export function damagePage(file: string, page: number, pageSize = 4096): void {
  scribble(file, (page - 1) * pageSize, pageSize);
}
