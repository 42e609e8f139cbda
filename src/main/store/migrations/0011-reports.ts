import type { Migration } from '../migration';

// Schema v11: briefing reports. A saved report keeps what the analyst chose and wrote (period,
// categories, marking, paper, language, commentary, an edited summary, settings as JSON) with the
// figures and the dataset stamp as they were counted when it was saved, so it can be reopened and
// printed with the same numbers, and a regeneration can say what changed since. The content hash has
// a column of its own so the list shows it without reading every report's figures.
// The letterhead (organization, author, logo) is one row: the same for every report of a workstation.
export const reports: Migration = {
  version: 11,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        filters TEXT NOT NULL DEFAULT '{}',
        marking TEXT NOT NULL,
        paper TEXT NOT NULL CHECK (paper IN ('a4', 'letter')),
        language TEXT NOT NULL CHECK (language IN ('en', 'zh')),
        commentary TEXT NOT NULL DEFAULT '',
        summary TEXT,
        settings TEXT NOT NULL DEFAULT '{}',
        incidents INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        stamp TEXT NOT NULL,
        figures TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX reports_updated ON reports(updated_at, id);

      CREATE TABLE report_letterhead (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        organization TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        logo_type TEXT CHECK (logo_type IN ('image/png', 'image/jpeg')),
        logo BLOB,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
