// Alert rules and alerts: what a rule is (its kind, scope, window and parameters), the schema that
// checks one with messages an analyst understands, and what an evaluation, the alerts list and a
// backtest hand back. Pure ECMAScript: used by the main process, the command line and the window.
import { z } from 'zod';
import { isWatchTerm, parseWatchTerm } from './alertTerms';
import { categoryName } from './i18n/format';
import type { Language } from './i18n/languages';
import { translator, type Message } from './i18n/message';
import { isIsoDate, type IsoDate, type Period } from './period';
import { CATEGORY_CODES, type CategoryCode } from './taxonomy';

export const RULE_KINDS = ['threshold', 'surge', 'yoy', 'trend', 'watchlist'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type CountKind = Exclude<RuleKind, 'watchlist'>;

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

/** The window's length in whole days: hours are whole days (the schema refuses others), a week is 7. */
export function windowDays(window: { length: number; unit: WindowUnit }): number {
  switch (window.unit) {
    case 'hours':
      return Math.floor(window.length / 24);
    case 'days':
      return window.length;
    case 'weeks':
      return window.length * 7;
  }
}

/**
 * The rule schema with its messages in a language: the window checks a form with the analyst's, and
 * the main process and the command line check what they are sent with the English one.
 */
function schemasIn(language: Language) {
  const t = translator(language);
  const count = (what: string) =>
    z
      .number({ error: t('alerts:problems.nan', { what }) })
      .int(t('alerts:problems.notWhole', { what }))
      .min(0, t('alerts:problems.negative', { what }))
      .max(1_000_000_000, t('alerts:problems.tooLarge', { what }));

  const window = z
    .strictObject({
      length: z
        .number({ error: t('alerts:problems.windowNan') })
        .int(t('alerts:problems.windowNotWhole'))
        .min(1, t('alerts:problems.windowEmpty')),
      unit: z.enum(WINDOW_UNITS),
    })
    .superRefine((w, ctx) => {
      if (w.unit === 'hours' && w.length % 24 !== 0) {
        const note = t('alerts:notes.wholeDays');
        const message = t('alerts:problems.hoursNotDays', { hours: w.length, note });
        ctx.addIssue({ code: 'custom', path: ['length'], message });
      } else if (windowDays(w) > MAX_WINDOW_DAYS) {
        const message = t('alerts:problems.windowTooLong', { max: MAX_WINDOW_DAYS });
        ctx.addIssue({ code: 'custom', path: ['length'], message });
      }
    });

  const scope = z.strictObject(
    {
      /** Count only these categories (summed); every category when empty. */
      categories: z.array(z.enum(CATEGORY_CODES)).max(CATEGORY_CODES.length).default([]),
      /** And only incidents with this value of one dimension ('' = not given by the export). */
      dimension: z.strictObject({ dim: z.enum(SCOPE_DIMENSIONS), value: z.string().max(500) }).nullable(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? t('alerts:notes.scope') : undefined) },
  );

  const threshold = count(t('alerts:problems.what.threshold'));
  const minCount = count(t('alerts:problems.what.minCount'));
  const params = z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('threshold'),
      window,
      /** Fires when the window holds at least this many incidents. */
      atLeast: threshold.min(1, t('alerts:problems.thresholdMin')),
    }),
    z.strictObject({
      kind: z.literal('surge'),
      window,
      /** How many windows of equal length before the current one make the baseline. */
      baselineWindows: count(t('alerts:problems.what.earlierWindows'))
        .min(2, t('alerts:problems.earlierMin'))
        .max(52, t('alerts:problems.earlierMax')),
      /** k in mean + k·σ. */
      sigmas: z
        .number({ error: t('alerts:problems.sigmaNan') })
        .positive(t('alerts:problems.sigmaPositive'))
        .max(10, t('alerts:problems.sigmaMax')),
      /** Never fires below this count, however quiet the baseline. */
      minCount,
      /** Significance of the Poisson test used when the baseline mean is small. */
      alpha: z
        .number({ error: t('alerts:problems.alphaNan') })
        .positive(t('alerts:problems.alphaPositive'))
        .max(0.5, t('alerts:problems.alphaMax')),
    }),
    z.strictObject({
      kind: z.literal('yoy'),
      window,
      /** Fires at a rise of at least this many percent on the same days a year earlier. */
      minPct: z
        .number({ error: t('alerts:problems.pctNan') })
        .positive(t('alerts:problems.pctPositive'))
        .max(100_000, t('alerts:problems.pctMax')),
      minCount,
    }),
    z.strictObject({
      kind: z.literal('trend'),
      window,
      /** The recent windows the straight line is fitted to (the current one included). */
      windows: count(t('alerts:problems.what.windowsFitted'))
        .min(3, t('alerts:problems.fitMin'))
        .max(52, t('alerts:problems.fitMax')),
      /** How many windows ahead the line may cross the threshold. */
      horizon: count(t('alerts:problems.what.horizon'))
        .min(1, t('alerts:problems.horizonMin'))
        .max(52, t('alerts:problems.horizonMax')),
      threshold: threshold.min(1, t('alerts:problems.thresholdMin')),
    }),
    z.strictObject({
      kind: z.literal('watchlist'),
      /** For an evaluation as of a date: the incidents that occurred in this window. */
      window,
      terms: z
        .array(z.string())
        .min(1, t('alerts:problems.termsMin'))
        .max(200, t('alerts:problems.termsMax'))
        .superRefine((terms, ctx) => {
          terms.forEach((term, i) => {
            const parsed = parseWatchTerm(term, language);
            if (!isWatchTerm(parsed)) ctx.addIssue({ code: 'custom', path: [i], message: parsed.error });
          });
        }),
    }),
  ]);

  const draft = z.strictObject({
    name: z.string().trim().min(1, t('alerts:problems.nameEmpty')).max(100, t('alerts:problems.nameLong')),
    enabled: z.boolean().default(true),
    scope,
    params,
  });
  return { window, scope, params, draft };
}

type Schemas = ReturnType<typeof schemasIn>;
const schemas = new Map<Language, Schemas>();

function schemasFor(language: Language): Schemas {
  let found = schemas.get(language);
  if (found === undefined) {
    found = schemasIn(language);
    schemas.set(language, found);
  }
  return found;
}

/** The rule schema whose messages are in `language` (the rules it accepts are the same in every one). */
export function ruleDraftSchemaIn(language: Language): Schemas['draft'] {
  return schemasFor(language).draft;
}

export const ruleWindowSchema = schemasFor('en').window;
export type RuleWindow = z.infer<typeof ruleWindowSchema>;
export const ruleScopeSchema = schemasFor('en').scope;
export type RuleScope = z.infer<typeof ruleScopeSchema>;
export const ruleParamsSchema = schemasFor('en').params;
export type RuleParams = z.infer<typeof ruleParamsSchema>;
export type CountParams = Exclude<RuleParams, { kind: 'watchlist' }>;
export const ruleDraftSchema = schemasFor('en').draft;
export type RuleDraft = z.infer<typeof ruleDraftSchema>;

/** The notes the rule editor shows and the schema's messages quote, in English (logs, tests, the CLI). */
export const WHOLE_DAYS_NOTE = translator('en')('alerts:notes.wholeDays');
export const SCOPE_NOTE = translator('en')('alerts:notes.scope');

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
  /** The sentence that explains it, in English (the command line, the report, older readers). */
  message: string;
  /**
   * The same sentence as a catalog message of plain figures and dates, for a reader in any language.
   * Show it with `alertText(explanation, language)` (shared/alertText.ts), which writes the dates,
   * figures and scope as the language does (messageText alone would not). Absent on alerts stored
   * before it was kept.
   */
  explanation?: Message;
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

/**
 * The scope in words: "phishing", "phishing, ddos · region Beijing", "all incidents". English keeps the
 * taxonomy codes it has always printed (alert subjects are stored with them); other languages name
 * the categories.
 */
export function scopeText(scope: RuleScope, language: Language = 'en'): string {
  const t = translator(language);
  const categories =
    scope.categories.length === 0
      ? t('alerts:scope.all')
      : scope.categories
          .map((code) => (language === 'en' ? code : categoryName(code, language)))
          .join(t('alerts:scope.listSeparator'));
  if (scope.dimension === null) return categories;
  const value = scope.dimension.value === '' ? t('common:state.notGiven') : scope.dimension.value;
  const dim = t(`alerts:scope.dims.${scope.dimension.dim}`);
  return t('alerts:scope.withDimension', { categories, dim, value });
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
