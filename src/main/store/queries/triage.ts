// A triage action (set a status, a severity, a category or notes; add or remove tags) over chosen
// incidents or over every incident a filter matches, which may be a million of them. It is written
// set-based, in the caller's transaction: one batch row, one INSERT … SELECT of change rows per field
// (only where the value really changes), then one UPDATE of the incidents that got a change row. The
// aggregate triggers keep the daily counts exact row by row; category_raw is never touched.
import type { Database } from 'better-sqlite3';
import { STATUSES } from '../../../shared/domain';
import { VigilFault } from '../../../shared/errors';
import type { IncidentFilter } from '../../../shared/filter';
import type { IncidentEdit } from '../../../shared/incidentTypes';
import { SEVERITIES } from '../../../shared/severity';
import { CATEGORY_CODES } from '../../../shared/taxonomy';
import { filterCondition, type FilterSql } from './filterTarget';
import { EDIT_TAGS_FUNCTION, registerTagEdit, tagKey, tagProblem } from './tags';

export type TriageTarget = { ids: number[] } | { filter: IncidentFilter };

/** Fields a triage action sets to one value; a fixed list, so they may stand in SQL as written. */
const SET_FIELDS = ['status', 'severity', 'category', 'notes'] as const;
type SetField = (typeof SET_FIELDS)[number];

/** An edit checked and put in the form it is stored in. */
export interface CheckedEdit {
  set: Partial<Record<SetField, string>>;
  addTags: string[];
  removeTags: string[];
}

const MAX_NOTES = 20_000;

/** The edit as stored, or an invalid_input fault saying what is wrong with it. */
export function checkEdit(edit: IncidentEdit): CheckedEdit {
  const set: CheckedEdit['set'] = {};
  const allowed = (
    key: 'incidents:errors.notStatus' | 'incidents:errors.notSeverity' | 'incidents:errors.notCategory',
    value: string,
    values: readonly string[],
  ): void => {
    if (!values.includes(value)) {
      const list = values.map((v) => (v === '' ? '"" (none)' : v)).join(', ');
      throw new VigilFault('invalid_input', { key, params: { value, allowed: list } });
    }
  };
  if (edit.status !== undefined) allowed('incidents:errors.notStatus', edit.status, STATUSES);
  if (edit.severity !== undefined) {
    allowed('incidents:errors.notSeverity', edit.severity, [...SEVERITIES, '']);
  }
  if (edit.category !== undefined) {
    allowed('incidents:errors.notCategory', edit.category, CATEGORY_CODES);
  }
  if (edit.status !== undefined) set.status = edit.status;
  if (edit.severity !== undefined) set.severity = edit.severity;
  if (edit.category !== undefined) set.category = edit.category;
  if (edit.notes !== undefined) {
    // Stored values are trimmed (the importer trims every cell), and an export reads them back so.
    const notes = edit.notes.trim();
    if (notes.length > MAX_NOTES) {
      throw new VigilFault('invalid_input', {
        key: 'incidents:errors.notesTooLong',
        params: { max: String(MAX_NOTES) },
      });
    }
    set.notes = notes;
  }
  const tags = (list: readonly string[] | undefined): string[] =>
    (list ?? []).map((tag) => {
      const problem = tagProblem(tag);
      if (problem !== null) {
        throw new VigilFault('invalid_input', { key: 'incidents:errors.badTag', params: { problem } });
      }
      return tag.trim();
    });
  const addTags = tags(edit.addTags);
  const removeTags = tags(edit.removeTags);
  const removed = new Set(removeTags.map(tagKey));
  const both = addTags.find((tag) => removed.has(tagKey(tag)));
  if (both !== undefined) {
    throw new VigilFault('invalid_input', { key: 'incidents:errors.tagBoth', params: { tag: both } });
  }
  if (Object.keys(set).length === 0 && addTags.length === 0 && removeTags.length === 0) {
    throw new VigilFault('invalid_input', { key: 'incidents:errors.editEmpty' });
  }
  return { set, addTags, removeTags };
}

/** The incidents a target names, as a condition over incidents; refuses ids that are not stored. */
export function targetCondition(db: Database, target: TriageTarget): FilterSql {
  if (!('ids' in target)) return filterCondition(db, target.filter);
  const ids = [...new Set(target.ids)];
  const json = JSON.stringify(ids);
  const found = db
    .prepare('SELECT id FROM incidents WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(json) as number[];
  if (found.length < ids.length) {
    const stored = new Set(found);
    const missing = ids.filter((id) => !stored.has(id));
    const shown = missing.slice(0, 5).map(String).join(', ');
    throw new VigilFault(
      'not_found',
      missing.length > 5
        ? {
            key: 'incidents:errors.missingIncidentsMore',
            params: { ids: shown, more: String(missing.length - 5) },
          }
        : { key: 'incidents:errors.missingIncidents', params: { ids: shown } },
    );
  }
  return { where: 'id IN (SELECT value FROM json_each(?))', params: [json] };
}

/**
 * "status → resolved, tags + urgent", the action part of a batch's summary. The window reads this
 * form back to say it in its own language (src/renderer/src/incidents/batchSummary.ts): a change
 * here is a change there.
 */
export function describeEdit(edit: CheckedEdit): string {
  const parts: string[] = [];
  for (const field of SET_FIELDS) {
    const value = edit.set[field];
    if (value === undefined) continue;
    if (field === 'notes') parts.push(value === '' ? 'notes cleared' : 'notes edited');
    else parts.push(`${field} → ${value === '' ? 'none' : value}`);
  }
  if (edit.addTags.length > 0) parts.push(`tags + ${edit.addTags.join(', ')}`);
  if (edit.removeTags.length > 0) parts.push(`tags − ${edit.removeTags.join(', ')}`);
  return parts.join(', ');
}

export function batchSummary(edit: CheckedEdit, incidents: number): string {
  return `${describeEdit(edit)} on ${String(incidents)} incident${incidents === 1 ? '' : 's'}`;
}

/**
 * Applies an edit to the target's incidents and records it as one batch; the caller runs this in a
 * transaction. An action that changes no value records nothing: batchId is then null.
 */
export function applyTriage(
  db: Database,
  target: TriageTarget,
  edit: IncidentEdit,
  stamp: { at: string; by: string },
): { batchId: number | null; changed: number } {
  const checked = checkEdit(edit);
  const scope = targetCondition(db, target);
  const batchId = Number(
    db
      .prepare("INSERT INTO change_batches (at, by, summary, incidents) VALUES (?, ?, '', 0)")
      .run(stamp.at, stamp.by).lastInsertRowid,
  );
  const record = (field: string, oldValue: string, newValue: string, changed: string, params: unknown[]) => {
    db.prepare(
      `INSERT INTO incident_changes (batch_id, incident_id, field, old_value, new_value)
       SELECT ?, id, '${field}', ${oldValue}, ${newValue} FROM incidents WHERE ${scope.where} AND ${changed}`,
    ).run(batchId, ...params);
  };
  const assignments: string[] = [];
  const values: unknown[] = [];
  for (const field of SET_FIELDS) {
    const value = checked.set[field];
    if (value === undefined) continue;
    record(field, field, '?', `${field} <> ?`, [value, ...scope.params, value]);
    assignments.push(`${field} = ?`);
    values.push(value);
  }
  if (checked.addTags.length > 0 || checked.removeTags.length > 0) {
    registerTagEdit(db, checked.addTags, checked.removeTags);
    const edited = `${EDIT_TAGS_FUNCTION}(tags)`;
    record('tags', 'tags', edited, `${edited} <> tags`, scope.params);
    assignments.push(`tags = ${edited}`);
  }
  const changed = db
    .prepare(
      `UPDATE incidents SET ${assignments.join(', ')}, updated_at = ?
       WHERE id IN (SELECT incident_id FROM incident_changes WHERE batch_id = ?)`,
    )
    .run(...values, stamp.at, batchId).changes;
  if (changed === 0) {
    db.prepare('DELETE FROM change_batches WHERE id = ?').run(batchId);
    return { batchId: null, changed: 0 };
  }
  db.prepare('UPDATE change_batches SET summary = ?, incidents = ? WHERE id = ?').run(
    batchSummary(checked, changed),
    changed,
    batchId,
  );
  return { batchId, changed };
}
