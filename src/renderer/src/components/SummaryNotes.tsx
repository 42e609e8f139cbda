import { useTranslation } from 'react-i18next';
import type { FileImportResult } from '../../../shared/domain';
import { ambiguousDateNotes } from '../format/dateFormatNote';
import { standInTimeNote } from '../format/timeField';

/** The time columns an import could not read as asked: a stand-in occurrence time, an ambiguous date format. */
export function SummaryNotes({ files }: { files: readonly FileImportResult[] }) {
  const { t } = useTranslation('import');
  const notes = files.flatMap((file) => {
    const standIn = standInTimeNote(file.timeField);
    return [...(standIn === null ? [] : [standIn]), ...ambiguousDateNotes(file.dateFormats)].map((note) =>
      t('summary.note', { file: file.file, note }),
    );
  });
  return notes.map((note, index) => (
    <p key={index} className="import-note" data-testid="import-note">
      {note}
    </p>
  ));
}
