// How a stored value of a dimension is named on the dashboard: a category or a severity by its word in
// the language, the empty value as "not given", anything else (sources, regions, sectors: import text)
// exactly as stored.
import type { TrendDimension } from '../../../shared/domain';
import { categoryName } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { SEVERITIES, type Severity } from '../../../shared/severity';
import { currentLanguage, i18n } from '../i18n/instance';

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** "(not given)": the value a source left empty. */
export function notGivenText(language: Language = currentLanguage()): string {
  return i18n.getFixedT(language, 'common')('state.notGiven');
}

/** A value's name; `notGiven` names the empty value (the breakdown and the trend word it differently). */
export function valueName(by: TrendDimension, key: string, notGiven: string, language: Language): string {
  if (key === '') return notGiven;
  if (by === 'category') return categoryName(key, language);
  if (by === 'severity' && isSeverity(key)) return i18n.getFixedT(language, 'common')(`severity.${key}`);
  return key;
}
