// Importing: the wizard for the files just dropped or picked, how to bring files in, the mappings
// Vigil remembers, and every file imported so far.
import { IMPORT_FIELDS } from '../../../shared/fields';
import { ChooseFilesButton } from '../components/ChooseFilesButton';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { ImportHistory } from '../components/ImportHistory';
import { SavedMappings } from '../components/SavedMappings';
import { ImportWizard } from '../components/wizard/ImportWizard';
import { useImportHistory } from '../hooks/useImportHistory';

export function ImportView() {
  const { value, error, reload } = useImportHistory();
  return (
    <section className="view" aria-labelledby="import-title">
      <header className="view-head">
        <h1 id="import-title">Import</h1>
      </header>
      <ImportWizard />
      <section className="panel import-intro" aria-label="Import files">
        <div className="import-intro-text">
          <p className="lead">
            Drop exports (CSV, TSV, JSON or NDJSON) anywhere on this window, or choose them from disk. Several
            files at once are fine.
          </p>
          <p className="muted">
            Vigil detects the format, the encoding (UTF-8, UTF-16, GB18030, Latin-1) and the delimiter (comma,
            semicolon, tab, pipe), proposes how the columns map to its fields and shows the first rows as they
            will be stored, before anything is imported. Rows already stored are counted as duplicates; rows
            that cannot be read are kept with the reason, listed below.
          </p>
          <details className="field-list">
            <summary>Fields Vigil fills</summary>
            <p className="muted">
              Any column not mapped to one of them is kept with the incident as extra data. English and
              Chinese headers are recognised (“Occurred At”, 发生时间, 事件类型…).
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

      <h2 className="section-title">Saved mappings</h2>
      <SavedMappings />

      <h2 className="section-title">Import history</h2>
      {error !== null ? <ErrorNotice error={error} context="The import history could not be read." /> : null}
      {value === null ? null : value.rows.length === 0 ? (
        <EmptyState title="No imports yet">
          <p>Files you import are listed here with their counts and any lines that could not be read.</p>
        </EmptyState>
      ) : (
        <ImportHistory rows={value.rows} onChanged={reload} />
      )}
    </section>
  );
}
