import type { DateFormatChoice, FileImportResult } from '../../../shared/domain';
import { messageText } from '../../../shared/i18n/message';
import type { TimeField } from '../../../shared/mapping';
import { currentLanguage, i18n } from '../i18n/instance';
import { dateFormatShort } from '../mapping/readOptionNames';

/** Why the format was chosen, without its name, in the window's language. */
function whyOf(choice: DateFormatChoice): string {
  if (choice.why !== undefined) return messageText(choice.why, currentLanguage());
  // A choice an older Vigil made has only its English reason, which may start with the English name.
  const named = `${i18n.t(`import:dateFormat.short.${choice.format}`, { lng: 'en' })}: `;
  return choice.reason.startsWith(named) ? choice.reason.slice(named.length) : choice.reason;
}

/**
 * "D/M/YYYY — "13/01/2016" on a sample row has a day above 12": the format and why, without saying the
 * format twice (Vigil's reasons often start with it), in the window's language.
 */
export function describeDateChoice(choice: DateFormatChoice): string {
  return i18n.t('import:wizard.dates.choice', {
    format: dateFormatShort(choice.format),
    why: whyOf(choice),
  });
}

const TIME_FIELDS_IN_ORDER: readonly TimeField[] = ['occurred_at', 'detected_at', 'reported_at', 'closed_at'];

/**
 * What an import summary says of time columns whose format the file's values could not decide (day and
 * month either way): which format was used and why, so the analyst can check a few incidents.
 */
export function ambiguousDateNotes(dateFormats: FileImportResult['dateFormats']): string[] {
  return TIME_FIELDS_IN_ORDER.flatMap((field) => {
    const choice = dateFormats[field];
    if (choice?.ambiguous !== true) return [];
    return [
      i18n.t('import:summary.ambiguousDates', {
        field,
        format: dateFormatShort(choice.format),
        choice: describeDateChoice(choice),
      }),
    ];
  });
}
