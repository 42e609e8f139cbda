import type { Database } from 'better-sqlite3';
import type { SavedMapping } from '../../../shared/domain';
import { headerKey, importMappingSchema } from '../../../shared/mapping';
import type { ImportMapping } from '../../../shared/mapping';

interface MappingRow {
  id: number;
  name: string;
  headers: string;
  mapping: string;
  updated_at: string;
}

function toSaved(row: MappingRow): SavedMapping {
  return {
    id: row.id,
    name: row.name,
    headers: JSON.parse(row.headers) as string[],
    // Parsed again so a mapping saved by an older Vigil gets today's defaults.
    mapping: importMappingSchema.parse(JSON.parse(row.mapping)),
    updatedAt: row.updated_at,
  };
}

export function listMappings(db: Database): SavedMapping[] {
  return (
    db
      .prepare('SELECT id, name, headers, mapping, updated_at FROM saved_mappings ORDER BY name')
      .all() as MappingRow[]
  ).map(toSaved);
}

/** Saves by name: a mapping saved again under its name is replaced. */
export function saveMapping(
  db: Database,
  value: { name: string; headers: readonly string[]; mapping: ImportMapping },
  now: string,
): SavedMapping {
  db.prepare(
    `INSERT INTO saved_mappings (name, header_key, headers, mapping, created_at, updated_at)
     VALUES (@name, @key, @headers, @mapping, @now, @now)
     ON CONFLICT (name) DO UPDATE SET header_key = excluded.header_key, headers = excluded.headers,
       mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run({
    name: value.name,
    key: headerKey(value.headers),
    headers: JSON.stringify(value.headers),
    mapping: JSON.stringify(value.mapping),
    now,
  });
  const row = db
    .prepare('SELECT id, name, headers, mapping, updated_at FROM saved_mappings WHERE name = ?')
    .get(value.name) as MappingRow;
  return toSaved(row);
}

export function deleteMapping(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM saved_mappings WHERE id = ?').run(id).changes === 1;
}

/** The mapping saved most recently for files with this header, if any. */
export function mappingForHeader(db: Database, headers: readonly string[]): SavedMapping | null {
  const row = db
    .prepare(
      `SELECT id, name, headers, mapping, updated_at FROM saved_mappings WHERE header_key = ?
       ORDER BY updated_at DESC, id DESC LIMIT 1`,
    )
    .get(headerKey(headers)) as MappingRow | undefined;
  return row ? toSaved(row) : null;
}

export function mappingByName(db: Database, name: string): SavedMapping | null {
  const row = db
    .prepare('SELECT id, name, headers, mapping, updated_at FROM saved_mappings WHERE name = ?')
    .get(name) as MappingRow | undefined;
  return row ? toSaved(row) : null;
}
