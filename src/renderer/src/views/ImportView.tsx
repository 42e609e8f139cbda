// Importing: the wizard for the files just dropped or picked, how to bring files in, the mappings
// Vigil remembers, and every file imported so far.
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS } from '../../../shared/fields';
import { ChooseFilesButton } from '../components/ChooseFilesButton';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { ImportHistory } from '../components/ImportHistory';
import { SavedMappings } from '../components/SavedMappings';
import { ImportWizard } from '../components/wizard/ImportWizard';
import { useImportHistory } from '../hooks/useImportHistory';
import { fieldName } from '../mapping/fieldNames';

export function ImportView() {
  const { t } = useTranslation('import');
  const { value, error, reload } = useImportHistory();
  return (
    <section className="view" aria-labelledby="import-title">
      <header className="view-head">
        <h1 id="import-title">{t('view.title')}</h1>
      </header>
      <ImportWizard />
      <section className="panel import-intro" aria-label={t('view.introLabel')}>
        <div className="import-intro-text">
          <p className="lead">{t('view.lead')}</p>
          <p className="muted">{t('view.detects')}</p>
          <details className="field-list">
            <summary>{t('view.fieldsTitle')}</summary>
            <p className="muted">{t('view.fieldsNote')}</p>
            <ul className="code-list">
              {IMPORT_FIELDS.map((field) => (
                <li key={field}>
                  {/* The code is what a header may say; the name is what it means. */}
                  <code title={fieldName(field)}>{field}</code>
                </li>
              ))}
            </ul>
          </details>
        </div>
        <ChooseFilesButton primary />
      </section>

      <h2 className="section-title">{t('view.savedMappings')}</h2>
      <SavedMappings />

      <h2 className="section-title">{t('view.history')}</h2>
      {error !== null ? <ErrorNotice error={error} context={t('view.historyUnreadable')} /> : null}
      {value === null ? null : value.rows.length === 0 ? (
        <EmptyState title={t('view.noImports')}>
          <p>{t('view.noImportsNote')}</p>
        </EmptyState>
      ) : (
        <ImportHistory rows={value.rows} onChanged={reload} />
      )}
    </section>
  );
}
