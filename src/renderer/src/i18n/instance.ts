// The window's one i18next instance. It starts in the language of the browser or Electron (the
// operating system's locale) and follows the store's setting once that is read (LanguageProvider).
import { createI18n } from '../../../shared/i18n/createI18n';
import { languageOfLocale, type Language } from '../../../shared/i18n/languages';

export const i18n = createI18n(
  languageOfLocale(typeof navigator === 'undefined' ? undefined : navigator.language),
);

/** The language the window speaks now, for formatting outside React (numbers, dates, periods). */
export function currentLanguage(): Language {
  return i18n.language === 'zh' ? 'zh' : 'en';
}
