import type { Migration } from '../migration';

// Schema v4: an import records how its file was written (delimited text, a JSON array, NDJSON).
export const importFormat: Migration = {
  version: 4,
  name: 'import-format',
  up(db) {
    db.exec(`ALTER TABLE imports ADD COLUMN format TEXT NOT NULL DEFAULT 'csv';`);
  },
};
