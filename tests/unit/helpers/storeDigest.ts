import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * A hash of every row of every table (the full-text index's own tables included), independent of row
 * order: two stores with the same digest hold the same data.
 */
export function tableDigests(db: Database.Database): Record<string, string> {
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const digests: Record<string, string> = {};
  for (const table of tables) {
    const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((row) =>
      JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? `x${v.toString('hex')}` : v))),
    );
    rows.sort();
    digests[table] = `${String(rows.length)}:${createHash('sha256').update(rows.join('\n')).digest('hex')}`;
  }
  return digests;
}

/** tableDigests of a store file, opened read-only for the purpose. */
export function storeDigest(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return tableDigests(db);
  } finally {
    db.close();
  }
}
