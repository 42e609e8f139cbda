import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportJobResult } from '../../../shared/domain';
import type { VigilError } from '../../../shared/errors';
import { ImportErrorLine } from './ImportErrorLine';
import { SummaryFileDetails } from './SummaryFileDetails';
import { SummaryFileTable } from './SummaryFileTable';
import { SummaryNotes } from './SummaryNotes';

function allCancelled(result: ImportJobResult): boolean {
  return result.files.length > 0 && result.files.every((f) => f.error?.code === 'cancelled');
}

function heading(
  result: ImportJobResult,
  stageErrors: readonly VigilError[],
  t: TFunction<'import'>,
): string {
  if (allCancelled(result)) return t('summary.cancelled');
  const failed = stageErrors.length > 0 || result.files.some((f) => f.error !== null);
  return failed ? t('summary.finishedWithErrors') : t('summary.finished');
}

interface Props {
  result: ImportJobResult;
  stageErrors: readonly VigilError[];
  onDismiss: () => void;
}

/**
 * What an import did: totals, each file's counts, the time columns it could not read as asked, each
 * failure with where it is, and per file its duplicates, rejects and labels it could not map.
 */
export function ImportSummary({ result, stageErrors, onDismiss }: Props) {
  const { t } = useTranslation('import');
  return (
    <section
      className={allCancelled(result) ? 'panel import-summary is-cancelled' : 'panel import-summary'}
      data-testid="import-summary"
      aria-labelledby="import-summary-title"
    >
      <header className="panel-head">
        <h2 className="panel-title" id="import-summary-title">
          {heading(result, stageErrors, t)}
        </h2>
        <div className="panel-actions">
          <a className="button" href="#/incidents">
            {t('summary.showIncidents')}
          </a>
          <button type="button" className="button" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </div>
      </header>
      <p className="summary-totals">
        <Trans
          t={t}
          i18nKey="summary.totals"
          values={{
            imported: t('counts.imported', { count: result.imported }),
            duplicates: t('counts.duplicates', { count: result.duplicates }),
            rejected: t('counts.rejected', { count: result.rejected }),
          }}
          components={{
            imported: <span className="total total-imported" />,
            duplicates: <span className="total total-duplicates" />,
            rejected: (
              <span
                className={result.rejected > 0 ? 'total total-rejected has-rejects' : 'total total-rejected'}
              />
            ),
          }}
        />
      </p>
      {stageErrors.map((error, index) => (
        <ImportErrorLine key={`stage-${String(index)}`} error={error} />
      ))}
      <SummaryFileTable files={result.files} />
      <SummaryNotes files={result.files} />
      {result.files.map((file, index) =>
        file.error === null ? null : (
          <ImportErrorLine key={`error-${String(index)}`} error={file.error} file={file.file} />
        ),
      )}
      {result.files.map((file, index) => (
        <SummaryFileDetails key={`details-${String(index)}`} file={file} />
      ))}
    </section>
  );
}
