// Speaks the language chosen in Settings, or the operating system's until one is chosen. A change
// re-mounts the views under the new language: every string, number, date and chart label is drawn
// afresh, with no component left holding text of the old one.
import { Fragment, useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { INTL_LOCALES, languageOfLocale, type Language } from '../../../shared/i18n/languages';
import { useClient } from '../api/useClient';
import { useOperation } from '../hooks/useOperation';
import { i18n } from './instance';
import { LanguageContext, type LanguageChoice } from './LanguageContext';

export function LanguageProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const settings = useOperation('settings.get', {});
  const chosen = settings.value?.language ?? null;
  const language: Language = chosen ?? languageOfLocale(navigator.language);
  // Switched during render, before any child reads a string: the catalogs are bundled, so this is
  // synchronous, and it is idempotent.
  if (i18n.language !== language) void i18n.changeLanguage(language);

  useEffect(() => {
    document.documentElement.lang = INTL_LOCALES[language];
  }, [language]);

  const { reload } = settings;
  const choose = useCallback(
    async (next: Language | null) => {
      const result = await client.call('settings.set', { language: next });
      if (!result.ok) throw new Error(result.error.message);
      reload();
    },
    [client, reload],
  );

  const value = useMemo<LanguageChoice>(() => ({ language, chosen, choose }), [language, chosen, choose]);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>
        <Fragment key={language}>{children}</Fragment>
      </LanguageContext.Provider>
    </I18nextProvider>
  );
}
