import type { Migration } from '../migration';

// Schema v8: what the incident table reads.
// - An index per sort order the table offers (queries/sortKeys.ts), each ending with id so equal
//   values still page in one order. The grouping columns are indexed with the time after them, which
//   serves both "sort by region" and "region = X, newest first" (the usual facet click).
//   The text orders keep occurred_at and the category after id: a date or category condition is then
//   checked in the index without reading the row (and the dashboard's top lists count a value's
//   incidents in a period from it). Title, asset and attacker address follow the category closely (a phishing title
//   or asset looks nothing like a DDoS one), so walking the title order for one category can pass
//   hundreds of thousands of other rows first (measured at 1M rows: 0.3–7 s): those three orders have
//   an index per category too.
//   The nullable external id and report time sort through generated columns ('' for none): an index
//   on an expression serves `expr < ?` but not the keyset's (expr, id) < (?, ?), which then scanned
//   from the start of the order on every page (measured: 45 ms a page deep in a million rows).
// - A partial index of the rows that have tags: tags are sparse and not aggregated.
// - Saved views (a name and the URL hash of the table's filter, sort and columns).
// - The full-text index re-filled with Chinese and Japanese characters as single-character tokens
//   (store/ftsText.ts): unicode61 made a whole run of them one token, so 钓鱼 never matched inside
//   发现钓鱼网站. The triggers tokenize through the same function, which every connection registers
//   (store/open.ts); the import's set-based statement (queries/bulk.ts) writes the same values.
//   The CASE skips the call for plain ASCII, which cannot hold such characters.
const fts = (r: string): string =>
  ['title', 'description', 'asset']
    .map((c) => `CASE WHEN ${r}${c} GLOB '*[^ -~]*' THEN vigil_fts_text(${r}${c}) ELSE ${r}${c} END`)
    .concat(`${r}asset_ip || ' ' || ${r}attacker_ip`)
    .join(', ');

export const incidentTable: Migration = {
  version: 8,
  name: 'incident-table',
  up(db) {
    db.exec(`
      CREATE INDEX incidents_severity_occurred ON incidents(severity_rank, occurred_at, id);
      CREATE INDEX incidents_status_occurred ON incidents(status, occurred_at, id);
      CREATE INDEX incidents_source_occurred ON incidents(source, occurred_at, id);
      CREATE INDEX incidents_region_occurred ON incidents(region, occurred_at, id);
      CREATE INDEX incidents_sector_occurred ON incidents(sector, occurred_at, id);
      CREATE INDEX incidents_title ON incidents(title, id, occurred_at, category);
      CREATE INDEX incidents_asset ON incidents(asset, id, occurred_at, category);
      CREATE INDEX incidents_attacker_ip ON incidents(attacker_ip, id, occurred_at, category);
      ALTER TABLE incidents ADD COLUMN external_id_sort TEXT GENERATED ALWAYS AS (ifnull(external_id, '')) VIRTUAL;
      ALTER TABLE incidents ADD COLUMN reported_at_sort TEXT GENERATED ALWAYS AS (ifnull(reported_at, '')) VIRTUAL;
      CREATE INDEX incidents_external_id ON incidents(external_id_sort, id, occurred_at);
      CREATE INDEX incidents_reported ON incidents(reported_at_sort, id, occurred_at);
      CREATE INDEX incidents_category_title ON incidents(category, title, id);
      CREATE INDEX incidents_category_asset ON incidents(category, asset, id);
      CREATE INDEX incidents_category_attacker_ip ON incidents(category, attacker_ip, id);
      CREATE INDEX incidents_tagged ON incidents(tags) WHERE tags <> '';

      CREATE TABLE saved_views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      DROP TRIGGER incidents_fts_insert;
      DROP TRIGGER incidents_fts_delete;
      DROP TRIGGER incidents_fts_update;

      CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents
      WHEN NOT EXISTS (SELECT 1 FROM import_bulk) BEGIN
        INSERT INTO incidents_fts (rowid, title, description, asset, indicators) VALUES (NEW.id, ${fts('NEW.')});
      END;

      CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
        INSERT INTO incidents_fts (incidents_fts, rowid, title, description, asset, indicators)
        VALUES ('delete', OLD.id, ${fts('OLD.')});
      END;

      CREATE TRIGGER incidents_fts_update
      AFTER UPDATE OF title, description, asset, asset_ip, attacker_ip ON incidents BEGIN
        INSERT INTO incidents_fts (incidents_fts, rowid, title, description, asset, indicators)
        VALUES ('delete', OLD.id, ${fts('OLD.')});
        INSERT INTO incidents_fts (rowid, title, description, asset, indicators) VALUES (NEW.id, ${fts('NEW.')});
      END;

      INSERT INTO incidents_fts (incidents_fts) VALUES ('delete-all');
      INSERT INTO incidents_fts (rowid, title, description, asset, indicators)
        SELECT id, ${fts('')} FROM incidents;
    `);
  },
};
