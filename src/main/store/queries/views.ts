// Saved views of the incident table: a name and the URL hash holding its filter, sort and columns.
import type { Database } from 'better-sqlite3';
import type { SavedView } from '../../../shared/incidentTypes';

const COLUMNS = 'id, name, hash, created_at AS createdAt, updated_at AS updatedAt';

export function listViews(db: Database): SavedView[] {
  return db.prepare(`SELECT ${COLUMNS} FROM saved_views ORDER BY name, id`).all() as SavedView[];
}

/** Saves a view, replacing the one of the same name (which keeps its id and creation time). */
export function saveView(db: Database, view: { name: string; hash: string }, now: string): SavedView {
  return db
    .prepare(
      `INSERT INTO saved_views (name, hash, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at
       RETURNING ${COLUMNS}`,
    )
    .get(view.name, view.hash, now, now) as SavedView;
}

export function deleteView(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM saved_views WHERE id = ?').run(id).changes === 1;
}
