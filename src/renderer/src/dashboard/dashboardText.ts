// The dashboard's catalog outside React: in the window's language, or in one given (the printed report
// draws the same trend chart in the language it is written in, whatever the window speaks).
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import { currentLanguage, i18n } from '../i18n/instance';

export type DashboardT = TFunction<'dashboard'>;

export function dashboardText(language: Language = currentLanguage()): DashboardT {
  return i18n.getFixedT(language, 'dashboard');
}

/** Items of a sentence's list, separated as the language separates them ("a, b" / "a，b"). */
export function listText(items: readonly string[], language: Language = currentLanguage()): string {
  return items.join(dashboardText(language)('listSeparator'));
}
