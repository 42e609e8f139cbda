import { useTranslation } from 'react-i18next';
import type { IncidentFilter } from '../../../shared/filter';
import { EXPORT_FORMATS } from '../../../shared/incidentTypes';
import { errorText } from '../format/errorText';
import { useExport } from './useExport';

/** Export the incidents the current filter matches, as CSV or JSON. */
export function ExportButtons({ filter, disabled }: { filter: IncidentFilter; disabled: boolean }) {
  const { t } = useTranslation('incidents');
  const exporter = useExport();
  const busy = exporter.running !== null;
  return (
    <div className="export-buttons" role="group" aria-label={t('export.label')}>
      {EXPORT_FORMATS.map((format) => {
        // File formats keep their names in every language.
        const name = format.toUpperCase();
        return (
          <button
            key={format}
            type="button"
            className="button"
            disabled={busy || disabled}
            aria-busy={exporter.running === format}
            data-testid={`export-${format}`}
            onClick={() => {
              void exporter.run(filter, format);
            }}
          >
            {exporter.running === format
              ? t('export.running', { format: name })
              : t('export.run', { format: name })}
          </button>
        );
      })}
      <span
        className="export-status"
        role="status"
        data-testid="export-status"
        title={exporter.done === null ? undefined : t('export.savedAs', { fileName: exporter.done.fileName })}
      >
        {exporter.done !== null ? t('export.saved', { count: exporter.done.rows }) : ''}
      </span>
      {exporter.error !== null ? (
        <span className="field-problem" role="alert" data-testid="export-error">
          {t('export.failed', { error: errorText(exporter.error) })}
        </span>
      ) : null}
    </div>
  );
}
