// The notable incidents of a report: the critical and high ones of its period and categories, the
// most severe first and then the latest, as many as the report's setting asks for, with how many
// there are in all. Served by the severity index (severity_rank, occurred_at, id).
import type { Database } from 'better-sqlite3';
import type { Period } from '../../shared/period';
import type { NotableIncident } from '../../shared/report';
import type { CategoryCode } from '../../shared/taxonomy';
import { countedRows } from './countedRows';

/** severity_rank of high and critical (migration 0001). */
const NOTABLE_RANKS = [3, 4];

export function notableIncidents(
  db: Database,
  period: Period,
  categories: readonly CategoryCode[],
  limit: number,
  zone: string,
): { rows: NotableIncident[]; total: number } {
  const counted = countedRows(period, categories, zone);
  const where = `severity_rank IN (${NOTABLE_RANKS.join(', ')}) AND ${counted.where}`;
  const total = (
    db.prepare(`SELECT count(*) AS n FROM incidents WHERE ${where}`).get(...counted.params) as { n: number }
  ).n;
  const rows = db
    .prepare(
      `SELECT id, external_id AS externalId, occurred_at AS occurredAt, category, severity, title, asset
       FROM incidents WHERE ${where}
       ORDER BY severity_rank DESC, occurred_at DESC, id DESC LIMIT ?`,
    )
    .all(...counted.params, limit) as NotableIncident[];
  return { rows, total };
}
