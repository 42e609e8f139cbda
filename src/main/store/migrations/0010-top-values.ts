import type { Migration } from '../migration';

// Schema v10: what the dashboard's "top targets" and "top attacking addresses" need. Assets and
// attacker addresses are nearly unique per incident (a per-day or per-month count of them would hold
// about one row per incident), so they get an all-time count per value instead, which orders the
// candidates; one value's incidents in a period are counted from the table's sort index on the column,
// which holds the time and category too (migration 0008), without reading rows
// (analysis/topValues.ts stops as soon as no later candidate can enter the top).
// Empty values are not counted: an incident without an asset or an attacker names no target.
const COLUMNS = ['asset', 'attacker_ip'] as const;

function change(r: 'OLD' | 'NEW', column: string, delta: 1 | -1): string {
  if (delta === 1) {
    return `INSERT INTO agg_value (dim, value, n) SELECT '${column}', ${r}.${column}, 1 WHERE ${r}.${column} <> ''
      ON CONFLICT (dim, value) DO UPDATE SET n = n + 1;`;
  }
  return `UPDATE agg_value SET n = n - 1 WHERE dim = '${column}' AND value = ${r}.${column};
    DELETE FROM agg_value WHERE dim = '${column}' AND value = ${r}.${column} AND n <= 0;`;
}

export const topValues: Migration = {
  version: 10,
  name: 'top-values',
  up(db) {
    db.exec(`
      CREATE TABLE agg_value (
        dim TEXT NOT NULL CHECK (dim IN ('asset', 'attacker_ip')),
        value TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (dim, value)
      ) WITHOUT ROWID;
      CREATE INDEX agg_value_rank ON agg_value(dim, n DESC);

      CREATE TRIGGER incidents_value_insert AFTER INSERT ON incidents
      WHEN NOT EXISTS (SELECT 1 FROM import_bulk) BEGIN
        ${COLUMNS.map((c) => change('NEW', c, 1)).join('\n')}
      END;
      CREATE TRIGGER incidents_value_delete AFTER DELETE ON incidents BEGIN
        ${COLUMNS.map((c) => change('OLD', c, -1)).join('\n')}
      END;
      ${COLUMNS.map(
        (c) => `CREATE TRIGGER incidents_value_${c} AFTER UPDATE OF ${c} ON incidents
        WHEN OLD.${c} IS NOT NEW.${c} BEGIN
          ${change('OLD', c, -1)} ${change('NEW', c, 1)}
        END;`,
      ).join('\n')}
    `);
    for (const column of COLUMNS) {
      db.exec(`INSERT INTO agg_value (dim, value, n)
        SELECT '${column}', ${column}, count(*) FROM incidents WHERE ${column} <> '' GROUP BY ${column}`);
    }
  },
};
