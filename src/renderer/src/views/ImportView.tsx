// Importing: how to bring files in, which columns Vigil recognises, and every file imported so far.
import { IMPORT_FIELDS } from '../../../shared/fields';
import { ChooseFilesButton } from '../components/ChooseFilesButton';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { ImportHistory } from '../components/ImportHistory';
import { useImportHistory } from '../hooks/useImportHistory';

export function ImportView() {
  const { value, error } = useImportHistory();
  return (
    <section className="view" aria-labelledby="import-title">
      <header className="view-head">
        <h1 id="import-title">Import</h1>
      </header>
      <section className="panel import-intro" aria-label="Import files">
        <div className="import-intro-text">
          <p className="lead">
            Drop CSV exports anywhere on this window, or choose them from disk. Several files at once are
            fine.
          </p>
          <p className="muted">
            Comma, semicolon, tab and pipe separated files in UTF-8, UTF-16 or GB18030 are read as they are.
            The first row names the columns; rows already stored are counted as duplicates, and rows that
            cannot be read are kept with the reason, listed below.
          </p>
          <details className="field-list">
            <summary>Columns Vigil recognises</summary>
            <p className="muted">
              Any other column is kept with the incident as extra data. Names are matched without regard to
              case, spaces or hyphens (“Occurred At” is occurred_at).
            </p>
            <ul className="code-list">
              {IMPORT_FIELDS.map((field) => (
                <li key={field}>
                  <code>{field}</code>
                </li>
              ))}
            </ul>
          </details>
        </div>
        <ChooseFilesButton primary />
      </section>

      <h2 className="section-title">Import history</h2>
      {error !== null ? <ErrorNotice error={error} context="The import history could not be read." /> : null}
      {value === null ? null : value.rows.length === 0 ? (
        <EmptyState title="No imports yet">
          <p>Files you import are listed here with their counts and any lines that could not be read.</p>
        </EmptyState>
      ) : (
        <ImportHistory rows={value.rows} />
      )}
    </section>
  );
}
