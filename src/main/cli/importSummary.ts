// What `vigil import` prints for people after an import: one line per file, then what to look at
// (the time column used, ambiguous dates, the first rejected and duplicate rows, unknown labels).
import type { DateFormatChoice, FileImportResult, ImportJobResult, ImportReject } from '../../shared/domain';
import type { Language } from '../../shared/i18n/languages';
import { messageText, translator } from '../../shared/i18n/message';
import type { CliIo } from './io';

const REJECTS_SHOWN = 10;
const DUPLICATES_SHOWN = 5;
const LABELS_SHOWN = 10;

// English prints the sentences exactly as they were stored; another language their catalog message,
// where the import that made them kept one.

function reasonText(reject: ImportReject, language: Language): string {
  if (language === 'en' || reject.reasonText === undefined) return reject.reason;
  return messageText(reject.reasonText, language);
}

/** Only ambiguous choices are printed, and their reason names the format assumed. */
function dateChoiceText(choice: DateFormatChoice, language: Language): string {
  if (language === 'en' || choice.why === undefined) return choice.reason;
  return messageText(choice.why, language);
}

function printFile(file: FileImportResult, language: Language, io: CliIo): void {
  const t = translator(language);
  const line = (text: string): void => {
    io.stdout(`  ${text}\n`);
  };
  io.stdout(
    `${t('cli:import.file', {
      file: file.file,
      imported: file.imported,
      duplicates: t('cli:import.duplicates', { count: file.duplicates }),
      rejected: file.rejected,
      id: String(file.importId),
    })}\n`,
  );
  if (file.timeField !== null && file.timeField !== 'occurred_at') {
    line(t('cli:import.timeField', { field: file.timeField }));
  }
  for (const [field, choice] of Object.entries(file.dateFormats)) {
    if (choice.ambiguous) {
      line(t('cli:import.fieldNote', { field, note: dateChoiceText(choice, language) }));
    }
  }
  for (const reject of file.rejects.slice(0, REJECTS_SHOWN)) {
    line(t('cli:import.reject', { line: reject.line, reason: reasonText(reject, language) }));
  }
  if (file.rejected > REJECTS_SHOWN) {
    line(t('cli:import.moreRejects', { count: file.rejected - REJECTS_SHOWN }));
  }
  for (const duplicate of file.duplicatesOf.slice(0, DUPLICATES_SHOWN)) {
    const params = {
      line: duplicate.line,
      incident: duplicate.incidentId,
      importId: duplicate.importId,
    };
    line(
      duplicate.externalId
        ? t('cli:import.repeatsWithId', { ...params, externalId: duplicate.externalId })
        : t('cli:import.repeats', params),
    );
  }
  if (file.unknownLabels.length > 0) {
    const labels = file.unknownLabels
      .slice(0, LABELS_SHOWN)
      .map((l) => t('cli:import.labelCount', { label: l.label, rows: l.count }))
      .join(t('cli:import.listSeparator'));
    line(t('cli:import.unknownLabels', { labels }));
  }
}

export function printImportSummary(result: ImportJobResult, language: Language, io: CliIo): void {
  for (const file of result.files) if (!file.error) printFile(file, language, io);
  if (result.files.length > 1) {
    const t = translator(language);
    io.stdout(
      `${t('cli:import.total', {
        imported: result.imported,
        duplicates: t('cli:import.duplicates', { count: result.duplicates }),
        rejected: result.rejected,
      })}\n`,
    );
  }
}
