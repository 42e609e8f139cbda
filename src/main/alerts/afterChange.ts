// What runs when stored incidents change (an import finished, an edit, an undo, a label mapped: at the
// end of the task that made the change, see services/tasks.ts; after `vigil import`) and when a host
// opens: every enabled rule evaluated as of today, its alerts stored, before the window hears of the
// change, so the badge it then reads already counts them.
import type { Database } from 'better-sqlite3';
import { todayIn } from '../../shared/period';
import { storeTimeZone } from '../store/localDay';
import { storeAccess } from '../store/access';
import { evaluateAndRecord } from './runEvaluation';

export function evaluateAfterChange(db: Database, clock: () => Date = () => new Date()): void {
  // A store opened read-only is read as it is: its alerts stay as they were stored.
  if (storeAccess(db).readOnly) return;
  const now = clock();
  try {
    evaluateAndRecord(db, todayIn(storeTimeZone(db), now), now.toISOString(), 'new');
  } catch (err) {
    // Alerts are derived from the store; a rule that cannot be evaluated must not keep the change
    // itself from reaching the window. The next change, or an evaluation on demand, tries again.
    console.error(
      `vigil: alert rules could not be evaluated: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
