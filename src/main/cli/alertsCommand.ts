// `vigil alerts`: every enabled rule evaluated as of a date (today by default) and the alerts that
// fire; a backtest of one rule or all over past days. Read only: the alerts printed here are not
// stored (the window stores its own after every change).
import { MAX_BACKTEST_DAYS, scopeText, type AlertRule, type FiredAlert } from '../../shared/alerts';
import { ruleNameText, windowText } from '../../shared/alertRuleText';
import { alertText } from '../../shared/alertText';
import { VigilFault } from '../../shared/errors';
import type { Language } from '../../shared/i18n/languages';
import { dayCount, todayIn } from '../../shared/period';
import { storeTimeZone } from '../store/localDay';
import { backtest } from '../alerts/backtest';
import { evaluateRules } from '../alerts/evaluate';
import { listRules } from '../alerts/ruleStore';
import type { Store } from '../store/open';
import { withExistingStore } from './existingStore';
import type { CliIo } from './io';
import type { RunLanguage } from './language';
import { calendarDate, fromAfterTo } from './optionChecks';

export interface AlertsOptions {
  storePath: string;
  json: boolean;
  asOf: string | undefined;
  backtest: boolean;
  from: string | undefined;
  to: string | undefined;
  rule: string | undefined;
  language: RunLanguage;
}

/** The rules asked for: the one named by --rule, else every enabled one. */
function chosenRules(db: Store, name: string | undefined): AlertRule[] {
  const rules = listRules(db);
  if (name === undefined) return rules.filter((rule) => rule.enabled);
  const rule = rules.find((r) => r.name === name);
  if (rule === undefined) {
    throw new VigilFault('not_found', { key: 'errors:cli.noRule', params: { name } });
  }
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

/** The alert's sentence in the language; English, and alerts without a message, as stored. */
function alertSentence(alert: FiredAlert, language: Language): string {
  return language === 'en' || alert.explanation === undefined
    ? alert.message
    : alertText(alert.explanation, language);
}

export function alertsCommand(options: AlertsOptions, io: CliIo): number {
  if (options.backtest) return backtestCommand(options, io);
  if (options.from !== undefined || options.to !== undefined) {
    throw new VigilFault('invalid_input', { key: 'errors:cli.evaluationTakesAsOf' });
  }
  const asked = options.asOf === undefined ? null : calendarDate(options.asOf, '--as-of');
  return withExistingStore(options.storePath, options.language, (db) => {
    // Today where the analyst works: the days the store's aggregates count.
    const asOf = asked ?? todayIn(storeTimeZone(db), new Date());
    const rules = chosenRules(db, options.rule);
    const fired = evaluateRules(db, rules, asOf);
    if (options.json) {
      io.stdout(`${JSON.stringify(fired.map(alertJson), null, 2)}\n`);
      return 0;
    }
    const { t, language } = options.language;
    const ruleCount = t('cli:alerts.rules', { count: rules.length });
    io.stdout(
      fired.length === 0
        ? `${t('cli:alerts.none', { date: asOf, rules: ruleCount })}\n`
        : `${t('cli:alerts.some', { date: asOf, alerts: t('cli:alerts.alerts', { count: fired.length }), rules: ruleCount })}\n`,
    );
    for (const alert of fired) {
      io.stdout(`  [${ruleNameText(alert.rule, language)}] ${alertSentence(alert, language)}\n`);
    }
    return 0;
  });
}

function backtestCommand(options: AlertsOptions, io: CliIo): number {
  if (options.asOf !== undefined) {
    throw new VigilFault('invalid_input', { key: 'errors:cli.backtestTakesPeriod' });
  }
  if (options.from === undefined || options.to === undefined) {
    throw new VigilFault('invalid_input', { key: 'errors:cli.backtestNeedsPeriod' });
  }
  const period = { from: calendarDate(options.from, '--from'), to: calendarDate(options.to, '--to') };
  if (period.from > period.to) throw fromAfterTo(period.from, period.to);
  if (dayCount(period) > MAX_BACKTEST_DAYS) {
    throw new VigilFault('invalid_input', {
      key: 'errors:cli.backtestTooLong',
      params: { days: String(MAX_BACKTEST_DAYS) },
    });
  }
  return withExistingStore(options.storePath, options.language, (db) => {
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
    const { t, language } = options.language;
    for (const { rule, result } of results) {
      const days = new Set(result.fired.map((a) => a.windowEnd)).size;
      const line = t('cli:alerts.backtest', {
        rule: ruleNameText(rule.name, language),
        scope: scopeText(rule.scope, language),
        window: windowText(rule.params.window, language),
        days,
        total: result.days.length,
      });
      io.stdout(`${line}\n`);
      for (const alert of result.fired) {
        io.stdout(`  ${alert.windowEnd}  ${alertSentence(alert, language)}\n`);
      }
    }
    return 0;
  });
}
