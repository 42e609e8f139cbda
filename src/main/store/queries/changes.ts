// The record of triage actions: the latest batches, one incident's history, and undoing one batch.
import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../../shared/errors';
import { EDITABLE_FIELDS, type ChangeBatch, type IncidentChange } from '../../../shared/incidentTypes';

export function listBatches(db: Database, limit: number): ChangeBatch[] {
  return db
    .prepare(
      `SELECT id, at, by, summary, incidents, undone_at AS undoneAt FROM change_batches
       ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as ChangeBatch[];
}

/** Every recorded change of one incident, newest first; not_found when there is no such incident. */
export function incidentHistory(db: Database, incidentId: number): IncidentChange[] {
  const exists = db.prepare('SELECT 1 FROM incidents WHERE id = ?').get(incidentId) !== undefined;
  if (!exists) {
    throw new VigilFault('not_found', {
      key: 'incidents:errors.noIncident',
      params: { id: String(incidentId) },
    });
  }
  return db
    .prepare(
      `SELECT c.id, c.batch_id AS batchId, c.incident_id AS incidentId, c.field, c.old_value AS oldValue,
              c.new_value AS newValue, b.at, b.by, b.undone_at AS undoneAt
       FROM incident_changes AS c JOIN change_batches AS b ON b.id = c.batch_id
       WHERE c.incident_id = ? ORDER BY c.batch_id DESC, c.id DESC`,
    )
    .all(incidentId) as IncidentChange[];
}

/**
 * Reverts one batch; the caller runs this in a transaction. A field goes back to its old value only
 * where it still holds the value the batch gave it and no later batch that stands changed it since:
 * a later change (by triage, or a label mapping that re-categorized the incident) wins and is left.
 * Returns how many values (one field of one incident each) were put back.
 */
export function undoBatch(db: Database, batchId: number, at: string): number {
  const batch = db.prepare('SELECT undone_at AS undoneAt FROM change_batches WHERE id = ?').get(batchId) as
    { undoneAt: string | null } | undefined;
  if (batch === undefined) {
    throw new VigilFault('not_found', { key: 'incidents:errors.noChange', params: { id: String(batchId) } });
  }
  if (batch.undoneAt !== null) {
    throw new VigilFault('invalid_input', {
      key: 'incidents:errors.alreadyUndone',
      params: { id: String(batchId), at: batch.undoneAt },
    });
  }
  let reverted = 0;
  // One statement per field: the field is a name from a fixed list, never a value from a caller.
  for (const field of EDITABLE_FIELDS) {
    reverted += db
      .prepare(
        `UPDATE incidents SET ${field} = c.old_value, updated_at = ?
         FROM incident_changes AS c
         WHERE c.batch_id = ? AND c.field = '${field}' AND c.incident_id = incidents.id
           AND incidents.${field} = c.new_value
           AND NOT EXISTS (
             SELECT 1 FROM incident_changes AS later JOIN change_batches AS b ON b.id = later.batch_id
             WHERE later.incident_id = c.incident_id AND later.field = c.field AND later.batch_id > c.batch_id
               AND b.undone_at IS NULL)`,
      )
      .run(at, batchId).changes;
  }
  db.prepare('UPDATE change_batches SET undone_at = ? WHERE id = ?').run(at, batchId);
  return reverted;
}
