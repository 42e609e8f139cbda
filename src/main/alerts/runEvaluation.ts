// An evaluation that is kept: every enabled rule as of a date, its alerts stored (once each), in one
// transaction with the watchlists' new high-water marks and the reads they rest on. Runs after every change to the stored
// incidents (import, edit, undo, label mapping; see afterChange.ts) and when asked for a date.
import type { Database } from 'better-sqlite3';
import type { EvaluationResult, FiredAlert } from '../../shared/alerts';
import type { IsoDate } from '../../shared/period';
import { recordAlerts } from './alertStore';
import { firstDay } from './dailyCounts';
import {
  evaluateCountRule,
  evaluateWatchNew,
  evaluateWatchWindow,
  isCountRule,
  isWatchRule,
} from './evaluate';
import { listRules, setWatchedToId, watchedToId } from './ruleStore';
import { lastIncidentId } from './watchScan';

/**
 * `watch`: what a watchlist looks at. 'window': the incidents that occurred in its window ending
 * `asOf` (an evaluation as of a date). 'new': the incidents stored since its last look, whenever they
 * occurred (after an import), so an old incident newly imported is still seen.
 */
export function evaluateAndRecord(
  db: Database,
  asOf: IsoDate,
  now: string,
  watch: 'window' | 'new',
): EvaluationResult {
  // Read and written under one write lock: two processes evaluating at once (a window and `vigil
  // import`) would otherwise both read the same high-water mark and count the same new incidents twice.
  return db.transaction(() => evaluateLocked(db, asOf, now, watch)).immediate();
}

function evaluateLocked(db: Database, asOf: IsoDate, now: string, watch: 'window' | 'new'): EvaluationResult {
  const rules = listRules(db).filter((rule) => rule.enabled);
  const first = firstDay(db);
  const top = lastIncidentId(db);
  const fired: FiredAlert[] = [];
  const judged: number[] = [];
  const merge = new Set<number>();
  const marks: number[] = [];
  for (const rule of rules) {
    if (isCountRule(rule)) {
      fired.push(...evaluateCountRule(db, rule, asOf, first));
      judged.push(rule.id);
    } else if (isWatchRule(rule) && watch === 'window') {
      fired.push(...evaluateWatchWindow(db, rule, asOf));
      judged.push(rule.id);
    } else if (isWatchRule(rule)) {
      const after = watchedToId(db, rule.id);
      if (after < top) fired.push(...evaluateWatchNew(db, rule, after, top));
      merge.add(rule.id);
      // After an undo the top may be lower: the ids above it will be given again to new incidents.
      marks.push(rule.id);
    }
  }
  for (const id of marks) setWatchedToId(db, id, top);
  const added = recordAlerts(db, fired, { asOf, judged, merge, now });
  return { asOf, fired, added };
}
