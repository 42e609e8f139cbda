// Stored alerts: each (rule, subject, window end) once. An evaluation that finds an alert again
// refreshes its figures and keeps its status and first-fired time; a new alert of a rule and subject
// that a person snoozed past its window end starts snoozed too, so a surge that lasts does not ring
// every day of the snooze. An alert still new whose window ends on the evaluated day and that the
// evaluation no longer finds (an import undone, a category re-mapped) is resolved by the data.
import type { Database } from 'better-sqlite3';
import {
  scopeText,
  type AlertRule,
  type AlertStatus,
  type FiredAlert,
  type RuleKind,
  type StoredAlert,
} from '../../shared/alerts';
import { parseStoredMessage, storedMessageJson } from '../../shared/i18n/message';
import type { IsoDate } from '../../shared/period';
import type { CategoryCode } from '../../shared/taxonomy';
import { withFoundBefore } from './explain';

function key(ruleId: number, subject: string, windowEnd: string): string {
  return JSON.stringify([ruleId, subject, windowEnd]);
}

/**
 * Stores what an evaluation found; returns how many alerts are new to the store. `judged`: the rules
 * that judged the window ending `asOf` (so an alert of theirs for that window that is not among
 * `fired` no longer fires); `merge`: add counts to an alert already stored instead of replacing them
 * (a watchlist's newly stored incidents add to those it found before).
 */
export function recordAlerts(
  db: Database,
  fired: readonly FiredAlert[],
  options: { asOf: IsoDate | null; judged: readonly number[]; merge: ReadonlySet<number>; now: string },
): number {
  const find = db.prepare(
    'SELECT id, count, status, auto_resolved FROM alerts WHERE rule_id = ? AND subject = ? AND window_end = ?',
  );
  const snooze = db.prepare(
    `SELECT max(snoozed_until) AS until FROM alerts
     WHERE rule_id = ? AND subject = ? AND status = 'snoozed' AND snoozed_until >= ?`,
  );
  const insert = db.prepare(
    `INSERT INTO alerts (rule_id, subject, category, window_start, window_end, count, baseline, message,
                         explanation_message, link, status, snoozed_until, first_fired_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const refresh = db.prepare(
    `UPDATE alerts SET window_start = min(window_start, ?), count = ?, baseline = ?, message = ?,
       explanation_message = ?, link = ?,
       status = CASE WHEN auto_resolved = 1 THEN 'new' ELSE status END, auto_resolved = 0, updated_at = ?
     WHERE id = ?`,
  );
  let added = 0;
  for (const a of fired) {
    const existing = find.get(a.ruleId, a.subject, a.windowEnd) as
      { id: number; count: number; status: AlertStatus; auto_resolved: number } | undefined;
    if (existing !== undefined) {
      const merge = options.merge.has(a.ruleId);
      const count = merge ? existing.count + a.count : a.count;
      const explanation =
        merge && a.explanation !== undefined ? withFoundBefore(a.explanation, existing.count) : a.explanation;
      const message = merge ? `${a.message}; ${String(existing.count)} found before` : a.message;
      refresh.run(
        a.windowStart,
        count,
        a.baseline,
        message,
        storedMessageJson(explanation),
        a.link,
        options.now,
        existing.id,
      );
      continue;
    }
    const until =
      (snooze.get(a.ruleId, a.subject, a.windowEnd) as { until: string | null } | undefined)?.until ?? null;
    insert.run(
      a.ruleId,
      a.subject,
      a.category,
      a.windowStart,
      a.windowEnd,
      a.count,
      a.baseline,
      a.message,
      storedMessageJson(a.explanation),
      a.link,
      until === null ? 'new' : 'snoozed',
      until,
      options.now,
      options.now,
    );
    added++;
  }
  if (options.asOf !== null && options.judged.length > 0)
    resolveGone(db, fired, options.asOf, options.judged, options.now);
  return added;
}

function resolveGone(
  db: Database,
  fired: readonly FiredAlert[],
  asOf: IsoDate,
  judged: readonly number[],
  now: string,
): void {
  const still = new Set(fired.map((a) => key(a.ruleId, a.subject, a.windowEnd)));
  const candidates = db
    .prepare(`SELECT id, rule_id, subject, window_end FROM alerts WHERE window_end = ? AND status = 'new'`)
    .all(asOf) as { id: number; rule_id: number; subject: string; window_end: string }[];
  const judgedSet = new Set(judged);
  const resolve = db.prepare(
    `UPDATE alerts SET status = 'resolved', auto_resolved = 1, updated_at = ? WHERE id = ?`,
  );
  for (const c of candidates) {
    if (judgedSet.has(c.rule_id) && !still.has(key(c.rule_id, c.subject, c.window_end)))
      resolve.run(now, c.id);
  }
}

interface AlertRow {
  id: number;
  rule_id: number;
  name: string;
  kind: RuleKind;
  scope: string;
  subject: string;
  category: CategoryCode | null;
  window_start: string;
  window_end: string;
  count: number;
  baseline: number | null;
  message: string;
  explanation_message: string | null;
  link: string;
  status: AlertStatus;
  snoozed_until: string | null;
  first_fired_at: string;
}

/** Snoozed until a day before today: new again. */
const EFFECTIVE_STATUS = `CASE WHEN a.status = 'snoozed' AND a.snoozed_until < @today THEN 'new' ELSE a.status END`;

export type AlertListFilter = 'open' | 'all' | AlertStatus;

/** Stored alerts, latest window first; `open` is every alert not resolved. */
export function listAlerts(
  db: Database,
  filter: AlertListFilter,
  limit: number,
  today: IsoDate,
): StoredAlert[] {
  const where =
    filter === 'all'
      ? ''
      : filter === 'open'
        ? `WHERE ${EFFECTIVE_STATUS} <> 'resolved'`
        : `WHERE ${EFFECTIVE_STATUS} = @filter`;
  const rows = db
    .prepare(
      `SELECT a.id, a.rule_id, r.name, r.kind, r.scope, a.subject, a.category, a.window_start, a.window_end,
              a.count, a.baseline, a.message, a.explanation_message, a.link, ${EFFECTIVE_STATUS} AS status, a.snoozed_until,
              a.first_fired_at
       FROM alerts a JOIN alert_rules r ON r.id = a.rule_id ${where}
       ORDER BY a.window_end DESC, a.id DESC LIMIT @limit`,
    )
    .all({ today, filter, limit }) as AlertRow[];
  return rows.map((r) => {
    const explanation = parseStoredMessage(r.explanation_message);
    return {
      id: r.id,
      ruleId: r.rule_id,
      rule: r.name,
      kind: r.kind,
      category: r.category,
      subject: r.subject,
      scope: scopeOf(r.scope),
      windowStart: r.window_start,
      windowEnd: r.window_end,
      count: r.count,
      baseline: r.baseline,
      message: r.message,
      ...(explanation === undefined ? {} : { explanation }),
      link: r.link,
      status: r.status,
      snoozedUntil: r.status === 'snoozed' ? r.snoozed_until : null,
      firstFiredAt: r.first_fired_at,
    };
  });
}

function scopeOf(json: string): string {
  try {
    return scopeText(JSON.parse(json) as AlertRule['scope']);
  } catch {
    return '';
  }
}

/** Alerts a person has not seen yet: new, or snoozed until a day before today. */
export function countNewAlerts(db: Database, today: IsoDate): number {
  const row = db
    .prepare(`SELECT count(*) AS n FROM alerts a WHERE ${EFFECTIVE_STATUS} = 'new'`)
    .get({ today }) as { n: number };
  return row.n;
}

export function setAlertStatus(
  db: Database,
  ids: readonly number[],
  status: AlertStatus,
  snoozedUntil: IsoDate | null,
  now: string,
): number {
  const update = db.prepare(
    'UPDATE alerts SET status = ?, snoozed_until = ?, auto_resolved = 0, updated_at = ? WHERE id = ?',
  );
  let changed = 0;
  for (const id of new Set(ids))
    changed += update.run(status, status === 'snoozed' ? snoozedUntil : null, now, id).changes;
  return changed;
}
