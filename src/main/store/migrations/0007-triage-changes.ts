import type { Migration } from '../migration';

// Schema v7: triage edits from the incident table, recorded so they can be listed and undone. One batch
// per action (possibly over a million incidents, so the changes are written set-based), one change row
// per field whose value it changed on one incident. Changes carry no foreign key to incidents: undoing
// an import removes its incidents, and their history goes with them only in effect (undo skips them).
export const triageChanges: Migration = {
  version: 7,
  name: 'triage-changes',
  up(db) {
    db.exec(`
      CREATE TABLE change_batches (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        summary TEXT NOT NULL,
        incidents INTEGER NOT NULL,
        undone_at TEXT
      );

      CREATE TABLE incident_changes (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES change_batches(id) ON DELETE CASCADE,
        incident_id INTEGER NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('status', 'severity', 'category', 'tags', 'notes')),
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL
      );
      -- One incident's history, and whether a later batch changed the same field (undo).
      CREATE INDEX incident_changes_incident ON incident_changes(incident_id, field, batch_id);
      -- One batch's changes, field by field (undo, the batch's incident count).
      CREATE INDEX incident_changes_batch ON incident_changes(batch_id, field, incident_id);
    `);
  },
};
