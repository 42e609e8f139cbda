// `vigil alerts` and `vigil rules`: every enabled rule evaluated as of a date (today by default) and
// the alerts that fire; a backtest of one rule or all over past days; the rules themselves. Read
// only: the alerts printed here are not stored (the window stores its own after every change).
import { existsSync } from 'node:fs';
import { MAX_BACKTEST_DAYS, scopeText, type AlertRule, type FiredAlert } from '../../shared/alerts';
import { paramsText, windowText } from '../../shared/alertRuleText';
import { VigilFault } from '../../shared/errors';
import { dayCount, isIsoDate, todayIn, type IsoDate } from '../../shared/period';
import { storeTimeZone } from '../store/localDay';
import { backtest } from '../alerts/backtest';
import { evaluateRules } from '../alerts/evaluate';
import { listRules } from '../alerts/ruleStore';
import { openStore, type Store } from '../store/open';
import type { CliIo } from './io';

export interface AlertsOptions {
  storePath: string;
  json: boolean;
  asOf: string | undefined;
  backtest: boolean;
  from: string | undefined;
  to: string | undefined;
  rule: string | undefined;
}

function date(value: string, option: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new VigilFault('invalid_input', `${option}: "${value}" is not a date in the calendar (YYYY-MM-DD)`);
  }
  return value;
}

function withStore<T>(storePath: string, use: (db: Store) => T): T {
  // A mistyped --db would otherwise create an empty store and report that nothing fires.
  if (!existsSync(storePath)) {
    throw new VigilFault(
      'not_found',
      `there is no store at ${storePath}; import files first, or name the store with --db`,
    );
  }
  const db = openStore(storePath);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** The rules asked for: the one named by --rule, else every enabled one. */
function chosenRules(db: Store, name: string | undefined): AlertRule[] {
  const rules = listRules(db);
  if (name === undefined) return rules.filter((rule) => rule.enabled);
  const rule = rules.find((r) => r.name === name);
  if (rule === undefined)
    throw new VigilFault('not_found', `there is no rule named "${name}"; "vigil rules" lists them`);
  return [rule];
}

/** What --json prints for an alert: the fields the issue names first, then the link. */
function alertJson(alert: FiredAlert): Record<string, unknown> {
  return {
    rule: alert.rule,
    kind: alert.kind,
    category: alert.category,
    subject: alert.subject,
    windowStart: alert.windowStart,
    windowEnd: alert.windowEnd,
    count: alert.count,
    baseline: alert.baseline,
    message: alert.message,
    link: alert.link,
  };
}

export function alertsCommand(options: AlertsOptions, io: CliIo): number {
  if (options.backtest) return backtestCommand(options, io);
  if (options.from !== undefined || options.to !== undefined) {
    throw new VigilFault('invalid_input', '--from and --to go with --backtest; an evaluation takes --as-of');
  }
  const asked = options.asOf === undefined ? null : date(options.asOf, '--as-of');
  return withStore(options.storePath, (db) => {
    // Today where the analyst works: the days the store's aggregates count.
    const asOf = asked ?? todayIn(storeTimeZone(db), new Date());
    const rules = chosenRules(db, options.rule);
    const fired = evaluateRules(db, rules, asOf);
    if (options.json) {
      io.stdout(`${JSON.stringify(fired.map(alertJson), null, 2)}\n`);
      return 0;
    }
    const ruleCount = `${String(rules.length)} rule${rules.length === 1 ? '' : 's'}`;
    io.stdout(
      fired.length === 0
        ? `As of ${asOf}: no alerts (${ruleCount} evaluated).\n`
        : `As of ${asOf}: ${String(fired.length)} alert${fired.length === 1 ? '' : 's'} (${ruleCount} evaluated).\n`,
    );
    for (const alert of fired) io.stdout(`  [${alert.rule}] ${alert.message}\n`);
    return 0;
  });
}

function backtestCommand(options: AlertsOptions, io: CliIo): number {
  if (options.asOf !== undefined)
    throw new VigilFault('invalid_input', '--as-of does not go with --backtest, which takes --from and --to');
  if (options.from === undefined || options.to === undefined) {
    throw new VigilFault('invalid_input', '--backtest needs --from YYYY-MM-DD and --to YYYY-MM-DD');
  }
  const period = { from: date(options.from, '--from'), to: date(options.to, '--to') };
  if (period.from > period.to)
    throw new VigilFault('invalid_input', `--from ${period.from} is after --to ${period.to}`);
  if (dayCount(period) > MAX_BACKTEST_DAYS) {
    throw new VigilFault('invalid_input', `a backtest covers at most ${String(MAX_BACKTEST_DAYS)} days`);
  }
  return withStore(options.storePath, (db) => {
    const results = chosenRules(db, options.rule).map((rule) => ({
      rule,
      result: backtest(db, rule, period),
    }));
    if (options.json) {
      const json = results.map(({ rule, result }) => ({
        rule: rule.name,
        kind: rule.params.kind,
        from: period.from,
        to: period.to,
        fired: result.fired.map(alertJson),
      }));
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    for (const { rule, result } of results) {
      const days = new Set(result.fired.map((a) => a.windowEnd)).size;
      io.stdout(
        `${rule.name} (${scopeText(rule.scope)}, ${windowText(rule.params.window)}): ` +
          `would have fired on ${String(days)} of ${String(result.days.length)} days\n`,
      );
      for (const alert of result.fired) io.stdout(`  ${alert.windowEnd}  ${alert.message}\n`);
    }
    return 0;
  });
}

export function rulesCommand(options: { storePath: string; json: boolean }, io: CliIo): number {
  return withStore(options.storePath, (db) => {
    const rules = listRules(db);
    if (options.json) {
      io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
      return 0;
    }
    for (const rule of rules) {
      io.stdout(
        `${String(rule.id).padStart(4)}  ${rule.enabled ? 'on ' : 'off'}  ${rule.params.kind.padEnd(9)}  ${rule.name}\n` +
          `      ${scopeText(rule.scope)}; ${windowText(rule.params.window)}; ${paramsText(rule.params)}\n`,
      );
    }
    return 0;
  });
}
