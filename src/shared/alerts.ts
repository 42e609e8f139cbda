// Alert rules and alerts: what a rule is (its kind, scope, window and parameters), the schema that
// checks one with messages an analyst understands, and what an evaluation, the alerts list and a
// backtest hand back. Pure ECMAScript: used by the main process, the command line and the window.
import { z } from 'zod';
import { isWatchTerm, parseWatchTerm } from './alertTerms';
import { isIsoDate, type IsoDate, type Period } from './period';
import { CATEGORY_CODES, type CategoryCode } from './taxonomy';

export const RULE_KINDS = ['threshold', 'surge', 'yoy', 'trend', 'watchlist'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type CountKind = Exclude<RuleKind, 'watchlist'>;

export const RULE_KIND_NAMES: Readonly<Record<RuleKind, string>> = {
  threshold: 'Threshold',
  surge: 'Surge',
  yoy: 'Year on year',
  trend: 'Trend',
  watchlist: 'Watchlist',
};

/** The one dimension besides categories a rule may narrow to: those the daily counts are kept by. */
export const SCOPE_DIMENSIONS = ['severity', 'source', 'region', 'sector'] as const;
export type ScopeDimension = (typeof SCOPE_DIMENSIONS)[number];

export const WINDOW_UNITS = ['hours', 'days', 'weeks'] as const;
export type WindowUnit = (typeof WINDOW_UNITS)[number];

export const MAX_WINDOW_DAYS = 366;
/** Longest backtest: ten years of days. */
export const MAX_BACKTEST_DAYS = 3_660;
/** Below this baseline mean a surge is judged by a Poisson test instead of mean + k·σ. */
export const POISSON_BELOW_MEAN = 10;

export const ALERT_STATUSES = ['new', 'acknowledged', 'snoozed', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const WHOLE_DAYS_NOTE = 'Incidents are counted per day (by UTC date), so a window is whole days.';

export const SCOPE_NOTE =
  'A rule counts from the daily counts Vigil keeps per category and per one of severity, source, region ' +
  'or sector, so it can narrow to categories and at most one of those. Text, or two of those at once, ' +
  'cannot be counted that way: watch words, domains and addresses with a watchlist rule.';

const count = (what: string) =>
  z
    .number({ error: `${what}: enter a number` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`)
    .max(1_000_000_000, `${what} is too large`);

export const ruleWindowSchema = z
  .strictObject({
    length: z
      .number({ error: "Enter the window's length as a number" })
      .int("The window's length must be a whole number")
      .min(1, 'A window cannot be empty: give it at least 1 day'),
    unit: z.enum(WINDOW_UNITS),
  })
  .superRefine((w, ctx) => {
    if (w.unit === 'hours' && w.length % 24 !== 0) {
      const message = `${String(w.length)} hours is not a whole number of days. ${WHOLE_DAYS_NOTE}`;
      ctx.addIssue({ code: 'custom', path: ['length'], message });
    } else if (windowDays(w) > MAX_WINDOW_DAYS) {
      const message = `A window can be at most ${String(MAX_WINDOW_DAYS)} days long.`;
      ctx.addIssue({ code: 'custom', path: ['length'], message });
    }
  });
export type RuleWindow = z.infer<typeof ruleWindowSchema>;

export const ruleScopeSchema = z.strictObject(
  {
    /** Count only these categories (summed); every category when empty. */
    categories: z.array(z.enum(CATEGORY_CODES)).max(CATEGORY_CODES.length).default([]),
    /** And only incidents with this value of one dimension ('' = not given by the export). */
    dimension: z.strictObject({ dim: z.enum(SCOPE_DIMENSIONS), value: z.string().max(500) }).nullable(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? SCOPE_NOTE : undefined) },
);
export type RuleScope = z.infer<typeof ruleScopeSchema>;

const thresholdParams = z.strictObject({
  kind: z.literal('threshold'),
  window: ruleWindowSchema,
  /** Fires when the window holds at least this many incidents. */
  atLeast: count('The threshold').min(1, 'The threshold must be at least 1 incident'),
});

const surgeParams = z.strictObject({
  kind: z.literal('surge'),
  window: ruleWindowSchema,
  /** How many windows of equal length before the current one make the baseline. */
  baselineWindows: count('The number of earlier windows')
    .min(2, 'Compare with at least 2 earlier windows (a spread needs two)')
    .max(52, 'Compare with at most 52 earlier windows'),
  /** k in mean + k·σ. */
  sigmas: z
    .number({ error: 'σ: enter a number' })
    .positive('The number of σ must be more than 0')
    .max(10, 'The number of σ can be at most 10'),
  /** Never fires below this count, however quiet the baseline. */
  minCount: count('The minimum count'),
  /** Significance of the Poisson test used when the baseline mean is small. */
  alpha: z
    .number({ error: 'The significance level: enter a number' })
    .positive('The significance level must be more than 0')
    .max(0.5, 'The significance level can be at most 0.5'),
});

const yoyParams = z.strictObject({
  kind: z.literal('yoy'),
  window: ruleWindowSchema,
  /** Fires at a rise of at least this many percent on the same days a year earlier. */
  minPct: z
    .number({ error: 'The rise in percent: enter a number' })
    .positive('The rise must be more than 0%')
    .max(100_000, 'The rise can be at most 100,000%'),
  minCount: count('The minimum count'),
});

const trendParams = z.strictObject({
  kind: z.literal('trend'),
  window: ruleWindowSchema,
  /** The recent windows the straight line is fitted to (the current one included). */
  windows: count('The number of windows fitted')
    .min(3, 'Fit the line to at least 3 windows')
    .max(52, 'Fit the line to at most 52 windows'),
  /** How many windows ahead the line may cross the threshold. */
  horizon: count('The horizon')
    .min(1, 'The horizon must be at least 1 window')
    .max(52, 'The horizon can be at most 52 windows'),
  threshold: count('The threshold').min(1, 'The threshold must be at least 1 incident'),
});

const watchlistParams = z.strictObject({
  kind: z.literal('watchlist'),
  /** For an evaluation as of a date: the incidents that occurred in this window. */
  window: ruleWindowSchema,
  terms: z
    .array(z.string())
    .min(1, 'Watch at least one term')
    .max(200, 'Watch at most 200 terms in one rule')
    .superRefine((terms, ctx) => {
      terms.forEach((term, i) => {
        const parsed = parseWatchTerm(term);
        if (!isWatchTerm(parsed)) ctx.addIssue({ code: 'custom', path: [i], message: parsed.error });
      });
    }),
});

export const ruleParamsSchema = z.discriminatedUnion('kind', [
  thresholdParams,
  surgeParams,
  yoyParams,
  trendParams,
  watchlistParams,
]);
export type RuleParams = z.infer<typeof ruleParamsSchema>;
export type CountParams = Exclude<RuleParams, { kind: 'watchlist' }>;

export const ruleDraftSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the rule a name').max(100, 'A name can be at most 100 characters'),
  enabled: z.boolean().default(true),
  scope: ruleScopeSchema,
  params: ruleParamsSchema,
});
export type RuleDraft = z.infer<typeof ruleDraftSchema>;

export interface AlertRule extends RuleDraft {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** An alert as an evaluation finds it: enough to explain it and to open the incidents it counts. */
export interface FiredAlert {
  ruleId: number;
  /** The rule's name. */
  rule: string;
  kind: RuleKind;
  /** The category when the rule counts exactly one, else null. */
  category: CategoryCode | null;
  /** What was counted or matched: the scope in words, or the watched term. */
  subject: string;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  count: number;
  /** What the count was measured against: the baseline mean, the year-earlier count, the fitted line. */
  baseline: number | null;
  message: string;
  /** `#/incidents?…` for the incidents counted. */
  link: string;
}

export interface StoredAlert extends FiredAlert {
  id: number;
  status: AlertStatus;
  snoozedUntil: IsoDate | null;
  firstFiredAt: string;
  /** The scope in words, as the rule has it now. */
  scope: string;
}

export interface EvaluationResult {
  asOf: IsoDate;
  fired: FiredAlert[];
  /** Alerts stored for the first time by this evaluation. */
  added: number;
}

/** One rule run over past days: its daily series, what it took to fire, and when it would have. */
export interface Backtest {
  ruleId: number;
  rule: string;
  kind: RuleKind;
  period: Period;
  days: IsoDate[];
  /** The value the rule tests, as of each day: the window's count (matches, for a watchlist). */
  counts: number[];
  /** The count at or above which it fires as of each day; null where it cannot fire. */
  levels: (number | null)[];
  fired: FiredAlert[];
}

export function windowDays(window: RuleWindow): number {
  switch (window.unit) {
    case 'hours':
      return Math.floor(window.length / 24);
    case 'days':
      return window.length;
    case 'weeks':
      return window.length * 7;
  }
}

/** The scope in words: "phishing", "phishing, ddos · region Beijing", "all incidents". */
export function scopeText(scope: RuleScope): string {
  const categories = scope.categories.length === 0 ? 'all incidents' : scope.categories.join(', ');
  if (scope.dimension === null) return categories;
  const value = scope.dimension.value === '' ? '(not given)' : scope.dimension.value;
  return `${categories} · ${scope.dimension.dim} ${value}`;
}

/** The category a scope counts when it counts exactly one. */
export function scopeCategory(scope: RuleScope): CategoryCode | null {
  return scope.categories.length === 1 ? (scope.categories[0] ?? null) : null;
}

/**
 * The incidents view's address for a scope and a period, written as that view writes its own
 * (categories in taxonomy order first, then the facet, then the dates), so the link is canonical.
 */
export function incidentsLink(scope: RuleScope, period: Period): string {
  const query: string[] = [];
  const wanted = new Set<string>(scope.categories);
  const categories = CATEGORY_CODES.filter((code) => wanted.has(code));
  if (categories.length > 0) query.push(`category=${categories.join(',')}`);
  if (scope.dimension !== null) {
    query.push(`${scope.dimension.dim}=${encodeURIComponent(scope.dimension.value)}`);
  }
  if (isIsoDate(period.from) && isIsoDate(period.to)) query.push(`from=${period.from}`, `to=${period.to}`);
  return `#/incidents?${query.join('&')}`;
}
