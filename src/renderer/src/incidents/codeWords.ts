// Stored codes (status, severity, category) as words in the window's language. The table and the
// history write status and severity in lower case, as a value inside a sentence or a cell; facets,
// badges and menus name a severity with a capital. A code no list knows is shown as stored.
import { STATUSES, type Status } from '../../../shared/domain';
import { categoryName } from '../../../shared/i18n/format';
import { SEVERITIES, type Severity } from '../../../shared/severity';
import { codeLabel } from '../format/label';
import { currentLanguage, i18n } from '../i18n/instance';

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** "in progress" (处置中). */
export function statusWord(code: string): string {
  return isStatus(code) ? i18n.t(`incidents:status.${code}`) : codeLabel(code);
}

/** "high" (重大), lower case, inside a sentence. */
export function severityWord(code: string): string {
  return isSeverity(code) ? i18n.t(`incidents:severity.${code}`) : code;
}

/** "High" (重大), as a name on its own. */
export function severityName(code: string): string {
  return isSeverity(code) ? i18n.t(`common:severity.${code}`) : code;
}

/** A field's stored value as words: status, severity and category codes translated, text as it is. */
export function fieldValueText(field: string, value: string): string {
  if (field === 'status') return statusWord(value);
  if (field === 'severity') return severityWord(value);
  if (field === 'category') return categoryName(value, currentLanguage());
  return value;
}
