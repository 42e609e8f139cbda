// One i18next instance per use (the window, a command-line run, a report), initialised synchronously
// from the bundled catalogs: nothing is fetched, which an air-gapped machine could not do anyway.
import i18next, { type i18n } from 'i18next';
import { INTL_LOCALES, type Language } from './languages';
import { NAMESPACES, resources } from './resources';

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    // A key missing from Chinese shows the English text rather than the key; the catalog test makes
    // sure none is missing.
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh'],
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    // React and the CLI print text, never HTML, so escaping here would only double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // Built-in formatters ({{n, number}}, {{share, percent}}) format with the locale of the language.
  instance.services.formatter?.add('percent1', (value: unknown) =>
    new Intl.NumberFormat(INTL_LOCALES[language], {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(Number(value)),
  );
  return instance;
}
