import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, languageOfLocale, type Language } from '../../../shared/i18n/languages';
import { useLanguage } from '../i18n/useLanguage';

type Choice = Language | 'system';
const CHOICES: readonly Choice[] = ['system', ...LANGUAGES];

/** Which language the workstation speaks; the operating system's until one is chosen. */
export function LanguageSection() {
  const { t } = useTranslation('settings');
  const { chosen, choose } = useLanguage();
  const [problem, setProblem] = useState<string | null>(null);
  const system = languageOfLocale(navigator.language);
  const current: Choice = chosen ?? 'system';

  const pick = (next: Choice): void => {
    setProblem(null);
    choose(next === 'system' ? null : next).catch((err: unknown) => {
      setProblem(String(err));
    });
  };

  return (
    <section className="panel settings-section" aria-labelledby="settings-language">
      <h2 className="panel-title" id="settings-language">
        {t('language.title')}
      </h2>
      <fieldset className="settings-choices">
        <legend className="visually-hidden">{t('language.title')}</legend>
        {CHOICES.map((option) => (
          <label key={option} className="settings-choice">
            <input
              type="radio"
              name="language"
              value={option}
              checked={current === option}
              data-testid={`settings-language-${option}`}
              onChange={() => {
                pick(option);
              }}
            />
            {option === 'system'
              ? t('language.system', { language: LANGUAGE_NAMES[system] })
              : // Each language is named in itself, so a reader finds theirs whatever is shown now.
                LANGUAGE_NAMES[option]}
          </label>
        ))}
      </fieldset>
      <p className="settings-note">{t('language.note')}</p>
      {problem === null ? null : (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
