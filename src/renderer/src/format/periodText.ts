// The period wording is shared with `vigil stats` and the report; here in the window's language.
import { periodText as sharedPeriodText } from '../../../shared/periodText';
import type { Period } from '../../../shared/period';
import { currentLanguage } from '../i18n/instance';

export function periodText(period: Period): string {
  return sharedPeriodText(period, currentLanguage());
}
