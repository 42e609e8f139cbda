import type { Database } from 'better-sqlite3';
import type { LabelCount, LabelMapping } from '../../../shared/domain';
import { foldLabel, type CategoryCode } from '../../../shared/taxonomy';

/** The user's label mappings by folded label, as the importer consults them before the taxonomy. */
export function labelMap(db: Database): Map<string, CategoryCode> {
  const rows = db.prepare('SELECT label_key, category FROM label_mappings').all() as {
    label_key: string;
    category: CategoryCode;
  }[];
  return new Map(rows.map((r) => [r.label_key, r.category]));
}

export function listLabelMappings(db: Database): LabelMapping[] {
  return db
    .prepare('SELECT label, category, created_at AS createdAt FROM label_mappings ORDER BY label')
    .all() as LabelMapping[];
}

/** Labels of stored incidents that no category knows, most frequent first. */
export function unknownLabels(db: Database, limit: number): LabelCount[] {
  return db
    .prepare(
      `SELECT category_raw AS label, count(*) AS count FROM incidents
       WHERE category = 'uncategorized' AND category_raw <> ''
       GROUP BY category_raw ORDER BY count DESC, label LIMIT ?`,
    )
    .all(limit) as LabelCount[];
}

/**
 * Maps a label to a category for later imports and re-categorizes the stored incidents that carry it
 * (in any case or width) and were uncategorized. The caller runs this in a transaction.
 */
export function mapLabel(db: Database, label: string, category: CategoryCode, now: string): number {
  const key = foldLabel(label);
  db.prepare(
    `INSERT INTO label_mappings (label_key, label, category, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (label_key) DO UPDATE SET label = excluded.label, category = excluded.category`,
  ).run(key, label, category, now);
  const variants = (
    db
      .prepare(
        "SELECT DISTINCT category_raw AS raw FROM incidents WHERE category = 'uncategorized' AND category_raw <> ''",
      )
      .all() as { raw: string }[]
  )
    .map((r) => r.raw)
    .filter((raw) => foldLabel(raw) === key);
  const update = db.prepare(
    "UPDATE incidents SET category = ?, updated_at = ? WHERE category = 'uncategorized' AND category_raw = ?",
  );
  let changed = 0;
  for (const raw of variants) changed += update.run(category, now, raw).changes;
  return changed;
}

/** Forgets the mapping of a label (in any case or width); returns whether there was one. */
export function unmapLabel(db: Database, label: string): boolean {
  return db.prepare('DELETE FROM label_mappings WHERE label_key = ?').run(foldLabel(label)).changes > 0;
}
