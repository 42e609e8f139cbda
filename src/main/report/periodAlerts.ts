// The alerts a report lists: those whose window ends in its period, of a rule about its categories
// (or about no single category), in the order they fired. Null while no alert rule exists at all: a
// workstation without pre-alerting prints no alerts section, rather than an empty one.
import type { Database } from 'better-sqlite3';
import { parseStoredMessage } from '../../shared/i18n/message';
import type { Period } from '../../shared/period';
import type { ReportAlert } from '../../shared/report';
import type { CategoryCode } from '../../shared/taxonomy';

export const REPORT_ALERTS_LIMIT = 50;

export function periodAlerts(
  db: Database,
  period: Period,
  categories: readonly CategoryCode[],
): { rows: ReportAlert[]; total: number } | null {
  const rules = (db.prepare('SELECT count(*) AS n FROM alert_rules').get() as { n: number }).n;
  if (rules === 0) return null;
  const codes = [...new Set(categories)];
  const inCategories =
    codes.length === 0
      ? ''
      : ` AND (a.category IS NULL OR a.category IN (${codes.map(() => '?').join(', ')}))`;
  // An alert resolved by an evaluation that no longer found it (the data changed) no longer fires.
  const where = `a.window_end BETWEEN ? AND ? AND a.auto_resolved = 0${inCategories}`;
  const params = [period.from, period.to, ...codes];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM alerts a WHERE ${where}`).get(...params) as { n: number }
  ).n;
  const stored = db
    .prepare(
      `SELECT a.id, r.name AS rule, a.subject, a.window_start AS windowStart, a.window_end AS windowEnd,
              a.count, a.message, a.explanation_message AS explanation, a.status
       FROM alerts a JOIN alert_rules r ON r.id = a.rule_id
       WHERE ${where} ORDER BY a.window_end, a.id LIMIT ?`,
    )
    .all(...params, REPORT_ALERTS_LIMIT) as (Omit<ReportAlert, 'explanation'> & {
    explanation: string | null;
  })[];
  const rows = stored.map(({ explanation, ...row }): ReportAlert => {
    const message = parseStoredMessage(explanation);
    return message === undefined ? row : { ...row, explanation: message };
  });
  return { rows, total };
}
