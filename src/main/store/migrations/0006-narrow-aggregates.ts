import type { Migration } from '../migration';

// Schema v6: the six-dimension daily cube (agg_daily) had nearly one cell per incident at a million
// rows (day × category × severity × source × region × sector), so reading it cost about as much as
// scanning incidents. In its place, two narrow tables whose size depends on the calendar and the
// number of distinct values, not on the number of incidents:
// - agg_day_category: incidents per day and category (headline, trends, alert rules);
// - agg_day_dim: incidents per dimension, category, day and value, with category '*' rows that
//   sum every category, so an unfiltered breakdown or facet reads one row per day and value.
// Both are kept by triggers for edits, deletes and undo, and set-based by imports (queries/bulk.ts).
// Days are dates in the workstation's time zone, a setting of the store (UTC until one is chosen):
// changing it rebuilds both tables.
// The dimensions as they were when this migration was written: a released migration never changes, so
// it does not read the list the rest of the code uses.
const DIMS = ['severity', 'status', 'source', 'region', 'sector'] as const;
type Row = 'OLD' | 'NEW';

// The day in the store's time zone (settings.time_zone), by the function every connection registers
// (localDay.ts); imports compute it set-based without the call when the zone is UTC.
const day = (r: Row): string =>
  `vigil_local_day(${r}.occurred_at, (SELECT value FROM settings WHERE key = 'time_zone'))`;

function addCategory(r: Row): string {
  return `INSERT INTO agg_day_category (day, category, n) VALUES (${day(r)}, ${r}.category, 1)
    ON CONFLICT (day, category) DO UPDATE SET n = n + 1;`;
}

function removeCategory(r: Row): string {
  return `UPDATE agg_day_category SET n = n - 1 WHERE day = ${day(r)} AND category = ${r}.category;
    DELETE FROM agg_day_category WHERE day = ${day(r)} AND category = ${r}.category AND n <= 0;`;
}

function addDims(r: Row, dims: readonly string[]): string {
  const rows = dims.flatMap((d) => [
    `('${d}', ${r}.category, ${day(r)}, ${r}.${d}, 1)`,
    `('${d}', '*', ${day(r)}, ${r}.${d}, 1)`,
  ]);
  return `INSERT INTO agg_day_dim (dim, category, day, value, n) VALUES ${rows.join(', ')}
    ON CONFLICT (dim, category, day, value) DO UPDATE SET n = n + 1;`;
}

function removeDims(r: Row, dims: readonly string[]): string {
  return dims
    .map(
      (d) => `UPDATE agg_day_dim SET n = n - 1
        WHERE dim = '${d}' AND category IN (${r}.category, '*') AND day = ${day(r)} AND value = ${r}.${d};
      DELETE FROM agg_day_dim
        WHERE dim = '${d}' AND category IN (${r}.category, '*') AND day = ${day(r)} AND value = ${r}.${d} AND n <= 0;`,
    )
    .join('\n');
}

/**
 * One trigger per kind of change, so an edit of one field touches only that field's rows: a move
 * (new day or category) shifts every row of the incident; a change of one dimension on the same day
 * and category shifts that dimension's two rows. The WHEN clauses keep them from both firing when one
 * UPDATE changes a category and a dimension together. The insert trigger keeps its name: an import's
 * bulk mode drops and restores it by name (queries/bulk.ts).
 */
function triggersSql(): string {
  const sameCell = `${day('OLD')} = ${day('NEW')} AND OLD.category = NEW.category`;
  return [
    `CREATE TRIGGER incidents_agg_insert AFTER INSERT ON incidents
     WHEN NOT EXISTS (SELECT 1 FROM import_bulk) BEGIN
       ${addCategory('NEW')} ${addDims('NEW', DIMS)}
     END;`,
    `CREATE TRIGGER incidents_agg_delete AFTER DELETE ON incidents BEGIN
       ${removeCategory('OLD')} ${removeDims('OLD', DIMS)}
     END;`,
    `CREATE TRIGGER incidents_agg_move AFTER UPDATE OF occurred_at, category ON incidents
     WHEN NOT (${sameCell}) BEGIN
       ${removeCategory('OLD')} ${removeDims('OLD', DIMS)}
       ${addCategory('NEW')} ${addDims('NEW', DIMS)}
     END;`,
    ...DIMS.map(
      (d) => `CREATE TRIGGER incidents_agg_${d} AFTER UPDATE OF ${d} ON incidents
       WHEN OLD.${d} IS NOT NEW.${d} AND ${sameCell} BEGIN
         ${removeDims('OLD', [d])} ${addDims('NEW', [d])}
       END;`,
    ),
  ].join('\n');
}

export const narrowAggregates: Migration = {
  version: 6,
  name: 'narrow-aggregates',
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS incidents_agg_insert;
      DROP TRIGGER IF EXISTS incidents_agg_delete;
      DROP TRIGGER IF EXISTS incidents_agg_update;
      DROP TABLE agg_daily;

      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      INSERT INTO settings (key, value) VALUES ('time_zone', 'UTC');

      CREATE TABLE agg_day_category (
        day TEXT NOT NULL,
        category TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, category)
      ) WITHOUT ROWID;

      CREATE TABLE agg_day_dim (
        dim TEXT NOT NULL CHECK (dim IN (${DIMS.map((d) => `'${d}'`).join(', ')})),
        category TEXT NOT NULL,
        day TEXT NOT NULL,
        value TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (dim, category, day, value)
      ) WITHOUT ROWID;

      ${triggersSql()}

      INSERT INTO agg_day_category (day, category, n)
        SELECT substr(occurred_at, 1, 10), category, count(*) FROM incidents GROUP BY 1, 2;
    `);
    for (const dim of DIMS) {
      db.exec(`
        INSERT INTO agg_day_dim (dim, category, day, value, n)
          SELECT '${dim}', category, substr(occurred_at, 1, 10), ${dim}, count(*) FROM incidents GROUP BY 2, 3, 4;
        INSERT INTO agg_day_dim (dim, category, day, value, n)
          SELECT '${dim}', '*', day, value, sum(n) FROM agg_day_dim WHERE dim = '${dim}' GROUP BY day, value;
      `);
    }
  },
};
