// Alert rules and alerts: the rules an analyst keeps, the alerts they fired, an evaluation as of any
// date and a backtest over past days. Evaluations read the aggregates only (watchlists excepted), so
// they run here rather than in the task worker.
import { todayIn } from '../../shared/period';
import { storeTimeZone } from '../store/localDay';
import { countNewAlerts, listAlerts, setAlertStatus } from '../alerts/alertStore';
import { backtest } from '../alerts/backtest';
import { evaluateRules } from '../alerts/evaluate';
import { deleteRule, getRule, listRules, saveRule } from '../alerts/ruleStore';
import { evaluateAndRecord } from '../alerts/runEvaluation';
import { storeAccess } from '../store/access';
import type { Handlers, ServiceDeps } from './handlers';

type AlertHandlers = Pick<
  Handlers,
  | 'alerts.rules'
  | 'alerts.saveRule'
  | 'alerts.deleteRule'
  | 'alerts.list'
  | 'alerts.newCount'
  | 'alerts.setStatus'
  | 'alerts.evaluate'
  | 'alerts.backtest'
>;

export function alertHandlers({ db }: ServiceDeps, clock: () => Date = () => new Date()): AlertHandlers {
  // Today where the analyst works: the days the aggregates count.
  const today = (): string => todayIn(storeTimeZone(db), clock());
  const now = (): string => clock().toISOString();
  return {
    'alerts.rules': () => ({ rows: listRules(db) }),

    'alerts.saveRule': (input) => {
      const rule = db.transaction(() => saveRule(db, input.id, input.rule, now())).immediate();
      evaluateAndRecord(db, today(), now(), 'new');
      return rule;
    },

    'alerts.deleteRule': (input) => ({ deleted: deleteRule(db, input.id) }),

    'alerts.list': (input) => ({
      rows: listAlerts(db, input.status, input.limit, today()),
      newCount: countNewAlerts(db, today()),
    }),

    'alerts.newCount': () => ({ count: countNewAlerts(db, today()) }),

    'alerts.setStatus': (input) => ({
      changed: db
        .transaction(() => setAlertStatus(db, input.ids, input.status, input.snoozedUntil ?? null, now()))
        .immediate(),
    }),

    'alerts.evaluate': (input) => {
      const asOf = input.asOf ?? today();
      // A read-only store can still be evaluated; its alerts just cannot be kept.
      if (input.record && !storeAccess(db).readOnly) return evaluateAndRecord(db, asOf, now(), 'window');
      const rules = listRules(db).filter((rule) => rule.enabled);
      return { asOf, fired: evaluateRules(db, rules, asOf), added: 0 };
    },

    'alerts.backtest': (input) => backtest(db, getRule(db, input.ruleId), { from: input.from, to: input.to }),
  };
}
