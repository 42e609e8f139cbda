// A rule's window and parameters in words, one wording for the command line and the window:
// "7 days; at mean + 3σ of the 8 windows before (Poisson p < 0.001 below a mean of 10); at least 10".
// The rule's own figures are written as the analyst typed them (no digit groups), in either language.
import { POISSON_BELOW_MEAN, windowDays, type RuleParams, type RuleWindow } from './alerts';
import { categoryName } from './i18n/format';
import type { Language } from './i18n/languages';
import { translator } from './i18n/message';
import { isCategoryCode } from './taxonomy';

export function windowText(window: RuleWindow, language: Language = 'en'): string {
  const t = translator(language);
  if (window.unit === 'weeks') return t('alerts:ruleText.weeks', { count: window.length });
  return t('alerts:ruleText.days', { count: windowDays(window) });
}

export function paramsText(params: RuleParams, language: Language = 'en'): string {
  const t = translator(language);
  switch (params.kind) {
    case 'threshold':
      return t('alerts:ruleText.threshold', { count: params.atLeast });
    case 'surge':
      return t('alerts:ruleText.surge', {
        sigmas: params.sigmas,
        windows: params.baselineWindows,
        alpha: params.alpha,
        poissonMean: POISSON_BELOW_MEAN,
        minCount: params.minCount,
      });
    case 'yoy':
      return t('alerts:ruleText.yoy', { minPct: params.minPct, minCount: params.minCount });
    case 'trend':
      return t('alerts:ruleText.trend', {
        windows: params.windows,
        threshold: params.threshold,
        count: params.horizon,
      });
    case 'watchlist':
      return t('alerts:ruleText.watchlist', {
        terms: params.terms.join(t('alerts:scope.listSeparator')),
      });
  }
}

/** The names migration 0009 gave the rules Vigil ships with ("Surge: phishing"). */
const DEFAULT_SURGE = /^Surge: ([a-z0-9_]+)$/;
const DEFAULT_YOY = 'Month on the year before';

/**
 * A rule's name as a reader sees it: the names Vigil gave its own rules, while a rule keeps one, in
 * the reader's language; a name an analyst wrote, as written. English shows every name as stored.
 */
export function ruleNameText(name: string, language: Language = 'en'): string {
  if (language === 'en') return name;
  const t = translator(language);
  if (name === DEFAULT_YOY) return t('alerts:defaultNames.yoyMonth');
  const code = DEFAULT_SURGE.exec(name)?.[1];
  if (code === undefined || !isCategoryCode(code)) return name;
  return t('alerts:defaultNames.surge', { category: categoryName(code, language) });
}
