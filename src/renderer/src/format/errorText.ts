// An error as the window shows it: where it is, then what, in the window's language.
import { describeError, type VigilError } from '../../../shared/errors';
import { currentLanguage } from '../i18n/instance';

export function errorText(error: VigilError): string {
  return describeError(error, currentLanguage());
}
