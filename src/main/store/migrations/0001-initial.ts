import type { Migration } from '../migration';

// Schema v1: incidents with provenance, imports, rejected rows, daily aggregates kept by triggers, and a
// full-text index. Sortable and filterable text columns are NOT NULL DEFAULT '' so that keyset paging
// and indexes never have to reason about NULL.
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        encoding TEXT NOT NULL,
        delimiter TEXT NOT NULL,
        mapping TEXT NOT NULL DEFAULT '{}',
        rows_total INTEGER NOT NULL DEFAULT 0,
        imported INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        started_at TEXT NOT NULL,
        finished_at TEXT
      );

      CREATE TABLE import_rejects (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        raw TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      CREATE INDEX import_rejects_import ON import_rejects(import_id, line);

      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        external_id TEXT,
        source TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        detected_at TEXT,
        reported_at TEXT,
        closed_at TEXT,
        category TEXT NOT NULL DEFAULT 'uncategorized',
        category_raw TEXT NOT NULL DEFAULT '',
        subcategory TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL DEFAULT '',
        severity_rank INTEGER GENERATED ALWAYS AS (
          CASE severity WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 WHEN 'critical' THEN 4 ELSE 0 END
        ) VIRTUAL,
        status TEXT NOT NULL DEFAULT 'new',
        tlp TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        asset TEXT NOT NULL DEFAULT '',
        asset_ip TEXT NOT NULL DEFAULT '',
        attacker_ip TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL DEFAULT '',
        victim_org TEXT NOT NULL DEFAULT '',
        reporter TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        extra TEXT NOT NULL DEFAULT '{}',
        import_id INTEGER NOT NULL REFERENCES imports(id),
        source_row INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- The natural key when the export has an id; the fingerprint when it has none.
      CREATE UNIQUE INDEX incidents_natural_key ON incidents(source, external_id) WHERE external_id IS NOT NULL;
      CREATE UNIQUE INDEX incidents_fingerprint ON incidents(fingerprint) WHERE external_id IS NULL;
      CREATE INDEX incidents_occurred ON incidents(occurred_at, id);
      CREATE INDEX incidents_category_occurred ON incidents(category, occurred_at, id);
      CREATE INDEX incidents_import ON incidents(import_id);

      -- Daily counts per category, severity, source, region and sector, kept exact by the triggers
      -- below in the same transaction as the rows they count: charts never scan incidents.
      CREATE TABLE agg_daily (
        day TEXT NOT NULL,
        category TEXT NOT NULL,
        severity TEXT NOT NULL,
        source TEXT NOT NULL,
        region TEXT NOT NULL,
        sector TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, category, severity, source, region, sector)
      ) WITHOUT ROWID;

      CREATE TRIGGER incidents_agg_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO agg_daily (day, category, severity, source, region, sector, n)
        VALUES (substr(NEW.occurred_at, 1, 10), NEW.category, NEW.severity, NEW.source, NEW.region, NEW.sector, 1)
        ON CONFLICT (day, category, severity, source, region, sector) DO UPDATE SET n = n + 1;
      END;

      CREATE TRIGGER incidents_agg_delete AFTER DELETE ON incidents BEGIN
        UPDATE agg_daily SET n = n - 1
        WHERE day = substr(OLD.occurred_at, 1, 10) AND category = OLD.category AND severity = OLD.severity
          AND source = OLD.source AND region = OLD.region AND sector = OLD.sector;
        DELETE FROM agg_daily
        WHERE day = substr(OLD.occurred_at, 1, 10) AND category = OLD.category AND severity = OLD.severity
          AND source = OLD.source AND region = OLD.region AND sector = OLD.sector AND n <= 0;
      END;

      CREATE TRIGGER incidents_agg_update
      AFTER UPDATE OF occurred_at, category, severity, source, region, sector ON incidents BEGIN
        UPDATE agg_daily SET n = n - 1
        WHERE day = substr(OLD.occurred_at, 1, 10) AND category = OLD.category AND severity = OLD.severity
          AND source = OLD.source AND region = OLD.region AND sector = OLD.sector;
        DELETE FROM agg_daily
        WHERE day = substr(OLD.occurred_at, 1, 10) AND category = OLD.category AND severity = OLD.severity
          AND source = OLD.source AND region = OLD.region AND sector = OLD.sector AND n <= 0;
        INSERT INTO agg_daily (day, category, severity, source, region, sector, n)
        VALUES (substr(NEW.occurred_at, 1, 10), NEW.category, NEW.severity, NEW.source, NEW.region, NEW.sector, 1)
        ON CONFLICT (day, category, severity, source, region, sector) DO UPDATE SET n = n + 1;
      END;

      -- Full-text index over the text an analyst searches, kept in step by triggers. Contentless (the
      -- text lives in incidents once); rows leave it by FTS5's 'delete' command with the old values,
      -- which SQLite shells older than 3.43 still understand, unlike contentless_delete.
      CREATE VIRTUAL TABLE incidents_fts USING fts5(
        title, description, asset, indicators,
        content = '', tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO incidents_fts (rowid, title, description, asset, indicators)
        VALUES (NEW.id, NEW.title, NEW.description, NEW.asset, NEW.asset_ip || ' ' || NEW.attacker_ip);
      END;

      CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
        INSERT INTO incidents_fts (incidents_fts, rowid, title, description, asset, indicators)
        VALUES ('delete', OLD.id, OLD.title, OLD.description, OLD.asset, OLD.asset_ip || ' ' || OLD.attacker_ip);
      END;

      CREATE TRIGGER incidents_fts_update
      AFTER UPDATE OF title, description, asset, asset_ip, attacker_ip ON incidents BEGIN
        INSERT INTO incidents_fts (incidents_fts, rowid, title, description, asset, indicators)
        VALUES ('delete', OLD.id, OLD.title, OLD.description, OLD.asset, OLD.asset_ip || ' ' || OLD.attacker_ip);
        INSERT INTO incidents_fts (rowid, title, description, asset, indicators)
        VALUES (NEW.id, NEW.title, NEW.description, NEW.asset, NEW.asset_ip || ' ' || NEW.attacker_ip);
      END;
    `);
  },
};
