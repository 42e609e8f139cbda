import type { FileImportResult } from '../../../shared/domain';
import { countOf } from '../format/count';
import { DuplicateList } from './DuplicateList';
import { ExportRejectsButton } from './ExportRejectsButton';
import { RejectList } from './RejectList';
import { UnknownLabels } from './UnknownLabels';

/** Rejected lines shown per file in the summary; the export and the import history have all of them. */
const REJECTS_SHOWN = 5;

/**
 * What a summary says of one file beyond its counts: which rows were duplicates and of what (on
 * demand), the first rejected lines with a CSV of all of them, and labels to map to a category.
 */
export function SummaryFileDetails({ file }: { file: FileImportResult }) {
  const hasDetails = file.duplicates > 0 || file.rejects.length > 0 || file.unknownLabels.length > 0;
  if (!hasDetails) return null;
  return (
    <div className="summary-file">
      {file.duplicates > 0 ? (
        <details className="summary-duplicates">
          <summary>
            {countOf(file.duplicates, 'duplicate')} in {file.file}: which rows, and what they repeat
          </summary>
          <DuplicateList
            rows={file.duplicatesOf}
            total={file.duplicates}
            importId={file.importId}
            caption={`Duplicate rows of ${file.file}`}
          />
        </details>
      ) : null}
      {file.rejects.length > 0 ? (
        <>
          <RejectList
            rejects={file.rejects.slice(0, REJECTS_SHOWN)}
            total={file.rejected}
            caption={`Rejected lines of ${file.file}`}
          />
          {file.importId === null ? null : (
            <ExportRejectsButton importId={file.importId} fileName={file.file} />
          )}
        </>
      ) : null}
      {file.unknownLabels.length > 0 ? (
        <UnknownLabels
          labels={file.unknownLabels}
          caption={
            <>
              {/* An isolate: direction marks in the name (U+202E) must not turn the sentence around. */}
              Labels of <bdi>{file.file}</bdi> that Vigil could not map to a category
            </>
          }
        />
      ) : null}
    </div>
  );
}
