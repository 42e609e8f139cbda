// The languages Vigil speaks. Everything a person reads exists in each of them (the catalogs under
// locales/), and a locale tag from the operating system ("zh-CN", "en_US.UTF-8") picks one.

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so a reader finds their own whatever the current one is. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '简体中文' };

/** The locale Intl formats numbers and dates with for a language. */
export const INTL_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', zh: 'zh-CN' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a locale tag as browsers ("zh-CN", "zh-Hans-SG") or POSIX ("zh_CN.UTF-8") write
 * it; English for anything else, an empty tag, or "C"/"POSIX".
 */
export function languageOfLocale(tag: string | null | undefined): Language {
  const primary = (tag ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return primary === 'zh' ? 'zh' : 'en';
}

/** The operating system's language as a process sees it (LC_ALL, then LC_MESSAGES, then LANG). */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageOfLocale(tag);
}
