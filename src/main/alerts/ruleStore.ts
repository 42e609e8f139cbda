// Alert rules as stored (migration 0009): scope and parameters as JSON, checked by the rule schema
// on the way in and again on the way out, so a rule this version cannot read is left out rather than
// evaluated wrongly.
import type { Database } from 'better-sqlite3';
import { ruleDraftSchema, type AlertRule, type RuleDraft } from '../../shared/alerts';
import { VigilFault } from '../../shared/errors';
import { lastIncidentId } from './watchScan';

interface RuleRow {
  id: number;
  name: string;
  enabled: number;
  scope: string;
  params: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, name, enabled, scope, params, created_at, updated_at';

function noRule(id: number): VigilFault {
  return new VigilFault('not_found', { key: 'alerts:errors.noRule', params: { id } });
}

function fromRow(row: RuleRow): AlertRule | null {
  let scope: unknown;
  let params: unknown;
  try {
    scope = JSON.parse(row.scope);
    params = JSON.parse(row.params);
  } catch {
    return null;
  }
  const parsed = ruleDraftSchema.safeParse({ name: row.name, enabled: row.enabled === 1, scope, params });
  if (!parsed.success) return null;
  return { id: row.id, ...parsed.data, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function listRules(db: Database): AlertRule[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM alert_rules ORDER BY id`).all() as RuleRow[];
  return rows.flatMap((row) => fromRow(row) ?? []);
}

export function getRule(db: Database, id: number): AlertRule {
  const row = db.prepare(`SELECT ${COLUMNS} FROM alert_rules WHERE id = ?`).get(id) as RuleRow | undefined;
  const rule = row === undefined ? null : fromRow(row);
  if (rule === null) throw noRule(id);
  return rule;
}

export function ruleByName(db: Database, name: string): AlertRule | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM alert_rules WHERE name = ?`).get(name) as
    RuleRow | undefined;
  return row === undefined ? null : fromRow(row);
}

/** Creates a rule, or replaces rule `id`; a name another rule has is refused. */
export function saveRule(db: Database, id: number | undefined, draft: RuleDraft, now: string): AlertRule {
  const rule = ruleDraftSchema.parse(draft);
  const clash = db.prepare('SELECT id FROM alert_rules WHERE name = ?').get(rule.name) as
    { id: number } | undefined;
  if (clash !== undefined && clash.id !== id) {
    throw new VigilFault('invalid_input', { key: 'alerts:errors.nameTaken', params: { name: rule.name } });
  }
  const values = [rule.name, rule.params.kind, rule.enabled ? 1 : 0, JSON.stringify(rule.scope)];
  const params = JSON.stringify(rule.params);
  if (id === undefined) {
    // A new watchlist watches incidents stored from now on; older ones are for an evaluation as of a date.
    const inserted = db
      .prepare(
        `INSERT INTO alert_rules (name, kind, enabled, scope, params, watched_to_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...values, params, lastIncidentId(db), now, now);
    return getRule(db, Number(inserted.lastInsertRowid));
  }
  const changed = db
    .prepare(
      'UPDATE alert_rules SET name = ?, kind = ?, enabled = ?, scope = ?, params = ?, updated_at = ? WHERE id = ?',
    )
    .run(...values, params, now, id);
  if (changed.changes === 0) throw noRule(id);
  return getRule(db, id);
}

/** Deletes a rule and the alerts it fired. */
export function deleteRule(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM alert_rules WHERE id = ?').run(id).changes > 0;
}

export function watchedToId(db: Database, ruleId: number): number {
  const row = db.prepare('SELECT watched_to_id AS id FROM alert_rules WHERE id = ?').get(ruleId) as
    { id: number } | undefined;
  return row?.id ?? 0;
}

export function setWatchedToId(db: Database, ruleId: number, id: number): void {
  db.prepare('UPDATE alert_rules SET watched_to_id = ? WHERE id = ?').run(id, ruleId);
}
