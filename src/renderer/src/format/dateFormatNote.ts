import type { DateFormatChoice, FileImportResult } from '../../../shared/domain';
import type { TimeField } from '../../../shared/mapping';
import { DATE_FORMAT_SHORT } from '../mapping/readOptionNames';

/**
 * "D/M/YYYY — "13/01/2016" on a sample row has a day above 12": the format and why, without saying the
 * format twice (Vigil's reasons often start with it).
 */
export function describeDateChoice(choice: DateFormatChoice): string {
  const short = DATE_FORMAT_SHORT[choice.format];
  const reason = choice.reason.startsWith(`${short}: `)
    ? choice.reason.slice(short.length + 2)
    : choice.reason;
  return `${short} — ${reason}`;
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
      `${field} was read as ${DATE_FORMAT_SHORT[choice.format]}, but its values could be read either way ` +
        `(day or month first): ${describeDateChoice(choice)}`,
    ];
  });
}
