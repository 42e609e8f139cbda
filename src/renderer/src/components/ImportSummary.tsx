import type { FileImportResult, ImportJobResult } from '../../../shared/domain';
import type { VigilError } from '../../../shared/errors';
import { formatCount, countOf } from '../format/count';
import { standInTimeNote } from '../format/timeField';
import { ImportErrorLine } from './ImportErrorLine';
import { RejectList } from './RejectList';

/** Rejected lines shown per file in the summary; the import history lists all of them. */
const REJECTS_SHOWN = 5;

function outcome(file: FileImportResult): string {
  if (file.error === null) return 'done';
  return file.error.code === 'cancelled' ? 'cancelled' : 'failed';
}

function allCancelled(result: ImportJobResult): boolean {
  return result.files.length > 0 && result.files.every((f) => f.error?.code === 'cancelled');
}

function heading(result: ImportJobResult, stageErrors: readonly VigilError[]): string {
  if (allCancelled(result)) return 'Import cancelled';
  const failed = stageErrors.length > 0 || result.files.some((f) => f.error !== null);
  return failed ? 'Import finished with errors' : 'Import finished';
}

interface Props {
  result: ImportJobResult;
  stageErrors: readonly VigilError[];
  onDismiss: () => void;
}

/**
 * What an import did: totals, each file's counts, which files had their occurrence times read from a
 * stand-in column, each failure with where it is, the first rejects.
 */
export function ImportSummary({ result, stageErrors, onDismiss }: Props) {
  return (
    <section
      className={allCancelled(result) ? 'panel import-summary is-cancelled' : 'panel import-summary'}
      data-testid="import-summary"
      aria-labelledby="import-summary-title"
    >
      <header className="panel-head">
        <h2 className="panel-title" id="import-summary-title">
          {heading(result, stageErrors)}
        </h2>
        <div className="panel-actions">
          <a className="button" href="#/incidents">
            Show incidents
          </a>
          <button type="button" className="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      </header>
      <p className="summary-totals">
        <span className="total total-imported">{countOf(result.imported, 'imported', 'imported')}</span>
        {' · '}
        <span className="total total-duplicates">{countOf(result.duplicates, 'duplicate')}</span>
        {' · '}
        <span className={result.rejected > 0 ? 'total total-rejected has-rejects' : 'total total-rejected'}>
          {countOf(result.rejected, 'rejected', 'rejected')}
        </span>
      </p>
      {stageErrors.map((error, index) => (
        <ImportErrorLine key={`stage-${String(index)}`} error={error} />
      ))}
      <table className="data-table summary-table">
        <caption className="visually-hidden">Outcome per file</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col" className="num">
              Imported
            </th>
            <th scope="col" className="num">
              Duplicates
            </th>
            <th scope="col" className="num">
              Rejected
            </th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {result.files.map((file, index) => (
            <tr key={index}>
              <td className="cell-file" title={file.file}>
                {file.file}
              </td>
              <td className="num">{formatCount(file.rows)}</td>
              <td className="num">{formatCount(file.imported)}</td>
              <td className="num">{formatCount(file.duplicates)}</td>
              <td className="num">{formatCount(file.rejected)}</td>
              <td className={`outcome outcome-${outcome(file)}`}>{outcome(file)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.files.map((file, index) => {
        const note = standInTimeNote(file.timeField);
        return note === null ? null : (
          <p key={`time-${String(index)}`} className="import-note" data-testid="import-note">
            {file.file}: {note}
          </p>
        );
      })}
      {result.files.map((file, index) =>
        file.error === null ? null : (
          <ImportErrorLine key={`error-${String(index)}`} error={file.error} file={file.file} />
        ),
      )}
      {result.files.map((file, index) =>
        file.rejects.length === 0 ? null : (
          <RejectList
            key={`rejects-${String(index)}`}
            rejects={file.rejects.slice(0, REJECTS_SHOWN)}
            total={file.rejected}
            caption={`Rejected lines of ${file.file}`}
          />
        ),
      )}
    </section>
  );
}
