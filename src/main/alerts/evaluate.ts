// Evaluating rules as of a date: each count rule judges the window that ends that day from its daily
// series (aggregates only); a watchlist looks at the incidents that occurred in that window. Nothing
// here reads the clock or writes: for a given store and date the answer is always the same.
import type { Database } from 'better-sqlite3';
import {
  incidentsLink,
  scopeCategory,
  scopeText,
  windowDays,
  type AlertRule,
  type CountParams,
  type FiredAlert,
} from '../../shared/alerts';
import { alertText } from '../../shared/alertText';
import type { IsoDate, Period } from '../../shared/period';
import { judgeCount, lookbackStart } from './countRules';
import { firstDay, readDailyCounts } from './dailyCounts';
import { matchesMessage, verdictMessage, type WatchWhen } from './explain';
import type { Verdict } from './verdict';
import { compileTerms } from './watchMatch';
import { examples, matchSpan, scanMatches, type Match } from './watchScan';
import { windowEnding } from './windows';

export type WatchRule = AlertRule & { params: { kind: 'watchlist' } };
export type CountRule = AlertRule & { params: CountParams };

export function isWatchRule(rule: AlertRule): rule is WatchRule {
  return rule.params.kind === 'watchlist';
}

export function isCountRule(rule: AlertRule): rule is CountRule {
  return rule.params.kind !== 'watchlist';
}

/** A figure for an alert: one decimal is all a mean or a fitted value needs. */
function rounded(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10) / 10;
}

/** The alert a count rule's verdict makes (whether or not it fires: a backtest wants the sentence). */
export function countAlert(rule: CountRule, verdict: Verdict): FiredAlert {
  const subject = scopeText(rule.scope);
  const explanation = verdictMessage(rule.scope, verdict, windowDays(rule.params.window));
  return {
    ruleId: rule.id,
    rule: rule.name,
    kind: rule.params.kind,
    category: scopeCategory(rule.scope),
    subject,
    windowStart: verdict.window.from,
    windowEnd: verdict.window.to,
    count: verdict.count,
    baseline: rounded(verdict.baseline),
    message: alertText(explanation, 'en'),
    explanation,
    link: incidentsLink(rule.scope, verdict.window),
  };
}

/** The alert for one watched term's matches in `window`, described by `when`. */
export function watchAlert(
  rule: WatchRule,
  term: string,
  matches: readonly Match[],
  window: Period,
  when: WatchWhen,
): FiredAlert {
  const explanation = matchesMessage(term, matches.length, when, examples(matches));
  return {
    ruleId: rule.id,
    rule: rule.name,
    kind: 'watchlist',
    category: scopeCategory(rule.scope),
    subject: term,
    windowStart: window.from,
    windowEnd: window.to,
    count: matches.length,
    baseline: null,
    message: alertText(explanation, 'en'),
    explanation,
    link: incidentsLink(rule.scope, window),
  };
}

export function evaluateCountRule(
  db: Database,
  rule: CountRule,
  asOf: IsoDate,
  first: IsoDate | null,
): FiredAlert[] {
  const counts = readDailyCounts(db, rule.scope, { from: lookbackStart(rule.params, asOf), to: asOf }, first);
  const verdict = judgeCount(rule.params, counts, asOf);
  return verdict.fires ? [countAlert(rule, verdict)] : [];
}

/** A watchlist as of a date: the incidents in its scope that occurred in the window ending then. */
export function evaluateWatchWindow(db: Database, rule: WatchRule, asOf: IsoDate): FiredAlert[] {
  const days = windowDays(rule.params.window);
  const window = windowEnding(asOf, days);
  const matches = scanMatches(db, rule.scope, { occurred: window }, compileTerms(rule.params.terms));
  return [...matches].flatMap(([term, found]) =>
    found.length === 0 ? [] : [watchAlert(rule, term, found, window, { days, windowEnd: window.to })],
  );
}

/** A watchlist over the incidents stored with ids in (afterId, upToId]: each term's matches, over the days they occurred. */
export function evaluateWatchNew(
  db: Database,
  rule: WatchRule,
  afterId: number,
  upToId: number,
): FiredAlert[] {
  const matches = scanMatches(db, rule.scope, { afterId, upToId }, compileTerms(rule.params.terms));
  return [...matches].flatMap(([term, found]) => {
    const span = matchSpan(found);
    if (span === null) return [];
    return [watchAlert(rule, term, found, span, { from: span.from, to: span.to })];
  });
}

/** Every given rule as of `asOf`, watchlists over their window; the alerts that fire, in rule order. */
export function evaluateRules(db: Database, rules: readonly AlertRule[], asOf: IsoDate): FiredAlert[] {
  const first = firstDay(db);
  return rules.flatMap((rule) => {
    if (isCountRule(rule)) return evaluateCountRule(db, rule, asOf, first);
    return isWatchRule(rule) ? evaluateWatchWindow(db, rule, asOf) : [];
  });
}
