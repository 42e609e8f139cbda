import type { Migration } from '../migration';

// Schema v2: saved column mappings, user label mappings, which stored incident each duplicate row
// repeated, and what an import needs to be undone (its id range, when it was undone).
export const mappingsLabelsUndo: Migration = {
  version: 2,
  name: 'mappings-labels-undo',
  up(db) {
    db.exec(`
      CREATE TABLE saved_mappings (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        header_key TEXT NOT NULL,
        headers TEXT NOT NULL,
        mapping TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX saved_mappings_header ON saved_mappings(header_key, updated_at);

      -- A label a user mapped to a category, keyed by its folded form (case and width do not matter).
      CREATE TABLE label_mappings (
        label_key TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        category TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE import_duplicates (
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        -- No foreign key: the incident may later be removed by undoing its own import.
        incident_id INTEGER NOT NULL,
        PRIMARY KEY (import_id, line)
      ) WITHOUT ROWID;

      ALTER TABLE imports ADD COLUMN mapping_name TEXT;
      ALTER TABLE imports ADD COLUMN time_field TEXT;
      ALTER TABLE imports ADD COLUMN first_incident_id INTEGER;
      ALTER TABLE imports ADD COLUMN last_incident_id INTEGER;
      ALTER TABLE imports ADD COLUMN undone_at TEXT;
    `);
  },
};
