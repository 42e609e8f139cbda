// An alert's sentence in a reader's language. The main process keeps each alert's explanation as a
// catalog message whose values are plain figures, dates (YYYY-MM-DD) and the rule's scope; this writes
// it out, formatting the dates and figures as the language does: "phishing: 412 incidents in the 7
// days to 30 Sep 2016, 2.3x the 8-week average of 180 ± 25", "网络钓鱼：截至2016年9月30日的 7 天内
// 共 412 起事件，为前 8 周平均值 180 ± 25 的 2.3 倍". The English is the sentence stored beside it.
import { SCOPE_DIMENSIONS, scopeText, type RuleScope } from './alerts';
import { INTL_LOCALES, type Language } from './i18n/languages';
import { messageText, translator, type Message, type MessageParams } from './i18n/message';
import { ymd, type IsoDate } from './period';
import { dayText, periodText } from './periodText';
import { isCategoryCode } from './taxonomy';

/** The sentences of the rules that count: one per reason a count rule gives (main/alerts/verdict.ts). */
export const COUNT_SENTENCES = [
  'threshold',
  'surge',
  'surgeFlat',
  'surgePoisson',
  'yoyUp',
  'yoyDown',
  'yoyNone',
  'trendRising',
  'trendFalling',
  'trendPace',
  'noHistory',
] as const;
export type CountSentence = (typeof COUNT_SENTENCES)[number];

const PREFIX = 'alerts:sentence.';
type T = ReturnType<typeof translator>;

function isCountSentence(name: string): name is CountSentence {
  return (COUNT_SENTENCES as readonly string[]).includes(name);
}

/** A rule's scope as message values: the categories' codes, and the one dimension and value if any. */
export function scopeParams(scope: RuleScope): Record<string, string> {
  const params: Record<string, string> = { categories: scope.categories.join(',') };
  if (scope.dimension !== null) {
    params.dim = scope.dimension.dim;
    params.dimValue = scope.dimension.value;
  }
  return params;
}

function scopeOf(params: MessageParams): RuleScope {
  const categories = text(params, 'categories').split(',').filter(isCategoryCode);
  const dim = SCOPE_DIMENSIONS.find((d) => d === params.dim);
  return { categories, dimension: dim === undefined ? null : { dim, value: text(params, 'dimValue') } };
}

function figureOf(params: MessageParams, name: string): number {
  const value = params[name];
  return typeof value === 'number' ? value : Number(value ?? Number.NaN);
}

function text(params: MessageParams, name: string): string {
  const value = params[name];
  return value === undefined ? '' : String(value);
}

const formats = new Map<string, Intl.NumberFormat>();

function formatted(n: number, language: Language, decimals: 0 | 1): string {
  const id = `${language}/${String(decimals)}`;
  let format = formats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_LOCALES[language], { maximumFractionDigits: decimals });
    formats.set(id, format);
  }
  return format.format(n);
}

function integer(n: number, language: Language): string {
  return formatted(n, language, 0);
}

/** A count or a mean: whole above 10, one decimal below (a mean of 1.4 a week is not 1). */
function figure(n: number, language: Language): string {
  return formatted(n, language, Math.abs(n) >= 10 ? 0 : 1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "30 Sep 2016" (short, as the sentence has always been written in English), "2016年9月30日". */
export function shortDate(date: IsoDate, language: Language = 'en'): string {
  if (language !== 'en') return dayText(date, language);
  const { year, month, day } = ymd(date);
  return `${String(day)} ${MONTHS[month - 1] ?? ''} ${String(year)}`;
}

/** "on 30 Sep 2016", "in the 7 days to 30 Sep 2016". */
function windowWords(days: number, end: IsoDate, language: Language, t: T): string {
  const date = shortDate(end, language);
  return days === 1 ? t('alerts:sentence.onDay', { date }) : t('alerts:sentence.inDays', { days, date });
}

/** "8-week" for 8 windows of 7 days, "90-day" for 3 of 30. */
function span(windows: number, days: number, t: T): string {
  const total = windows * days;
  return total % 7 === 0
    ? t('alerts:sentence.spanWeeks', { n: total / 7 })
    : t('alerts:sentence.spanDays', { n: total });
}

/** "a week", "a day", "per 30 days": the unit a rate per window is in. */
function perWindow(days: number, t: T): string {
  if (days === 7) return t('alerts:sentence.perWeek');
  if (days === 1) return t('alerts:sentence.perDay');
  return t('alerts:sentence.perDays', { days });
}

/** "8 weeks", "3 days", "3 windows of 30 days". */
function windowsLabel(windows: number, days: number, t: T): string {
  if (days === 7) return t('alerts:sentence.weeks', { count: windows });
  if (days === 1) return t('alerts:sentence.days', { count: windows });
  return t('alerts:sentence.windowsOf', { count: windows, days });
}

function pText(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p = ${p.toPrecision(2)}`;
}

/** The values a count sentence needs beyond what every one has, written out. */
function reasonValues(
  name: CountSentence,
  params: MessageParams,
  language: Language,
  t: T,
): Record<string, string> {
  const days = figureOf(params, 'days');
  const mean = figureOf(params, 'mean');
  switch (name) {
    case 'threshold':
      return { atLeast: integer(figureOf(params, 'atLeast'), language) };
    case 'surge':
    case 'surgeFlat':
      return {
        ratio: (figureOf(params, 'count') / mean).toFixed(1),
        span: span(figureOf(params, 'windows'), days, t),
        mean: figure(mean, language),
        sigma: figure(figureOf(params, 'sigma'), language),
      };
    case 'surgePoisson':
      return {
        span: span(figureOf(params, 'windows'), days, t),
        mean: figure(mean, language),
        p: pText(figureOf(params, 'pValue')),
      };
    case 'yoyUp':
    case 'yoyDown':
      return {
        pct: Math.abs(figureOf(params, 'pct')).toFixed(1),
        previous: integer(figureOf(params, 'previous'), language),
      };
    case 'yoyNone':
      return {};
    case 'trendRising':
    case 'trendFalling':
    case 'trendPace':
      return {
        rate: figure(Math.abs(figureOf(params, 'slope')), language),
        per: perWindow(days, t),
        over: windowsLabel(figureOf(params, 'windows'), days, t),
        threshold: integer(figureOf(params, 'threshold'), language),
        within: windowsLabel(figureOf(params, 'crossesIn'), days, t),
      };
    case 'noHistory':
      return { since: shortDate(text(params, 'since'), language) };
  }
}

function countSentence(name: CountSentence, params: MessageParams, language: Language): string {
  const t = translator(language);
  const count = figureOf(params, 'count');
  const values = {
    subject: scopeText(scopeOf(params), language),
    incidents: t('alerts:sentence.incidents', { count }),
    window: windowWords(figureOf(params, 'days'), text(params, 'windowEnd'), language, t),
    ...reasonValues(name, params, language, t),
  };
  return t(`alerts:sentence.${name}`, values);
}

function watchSentence(params: MessageParams, language: Language): string {
  const t = translator(language);
  const count = figureOf(params, 'count');
  const when =
    params.from === undefined
      ? windowWords(figureOf(params, 'days'), text(params, 'windowEnd'), language, t)
      : t('alerts:sentence.newlyStored', {
          period: periodText({ from: text(params, 'from'), to: text(params, 'to') }, language),
        });
  let examples: unknown;
  try {
    examples = JSON.parse(text(params, 'examples') || '[]');
  } catch {
    examples = [];
  }
  const list = Array.isArray(examples) ? examples.map(String) : [];
  const seen =
    list.length === 0
      ? ''
      : t('alerts:sentence.examples', { list: list.join(t('alerts:scope.listSeparator')) });
  return t('alerts:sentence.watch', {
    count,
    term: text(params, 'term'),
    incidents: t('alerts:sentence.incidents', { count }),
    when,
    seen,
  });
}

/** An alert's explanation in `language`; any other message as its catalog has it. */
export function alertText(message: Message, language: Language): string {
  const name = message.key.startsWith(PREFIX) ? message.key.slice(PREFIX.length) : '';
  const params = message.params ?? {};
  let sentence: string;
  if (name === 'watch') sentence = watchSentence(params, language);
  else if (isCountSentence(name)) sentence = countSentence(name, params, language);
  else return messageText(message, language);
  if (params.before === undefined) return sentence;
  return translator(language)('alerts:sentence.foundBefore', { sentence, before: params.before });
}

/**
 * What an alert counted, in `language`: the rule's scope as it was when the alert fired (from its
 * explanation), or the watched term, which is the analyst's own text.
 */
export function alertSubject(
  alert: { subject: string; kind: string; explanation?: Message | undefined },
  language: Language,
): string {
  if (alert.kind === 'watchlist' || alert.explanation === undefined || language === 'en') {
    return alert.subject;
  }
  return scopeText(scopeOf(alert.explanation.params ?? {}), language);
}
