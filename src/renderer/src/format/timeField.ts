import type { FileImportResult } from '../../../shared/domain';
import { i18n } from '../i18n/instance';

/**
 * What an import summary says of a file whose occurrence times came from a column standing in for a
 * missing occurred_at (detected_at, else reported_at); null when they came from occurred_at itself or
 * nothing was read.
 */
export function standInTimeNote(timeField: FileImportResult['timeField']): string | null {
  switch (timeField) {
    case 'detected_at':
    case 'reported_at':
      return i18n.t('import:summary.standIn', { field: timeField });
    case 'occurred_at':
    case null:
      return null;
  }
}
