import type { IncidentFilter } from '../../../shared/filter';
import { EXPORT_FORMATS } from '../../../shared/incidentTypes';
import { describeError } from '../../../shared/errors';
import { countOf } from '../format/count';
import { useExport } from './useExport';

/** Export the incidents the current filter matches, as CSV or JSON. */
export function ExportButtons({ filter, disabled }: { filter: IncidentFilter; disabled: boolean }) {
  const exporter = useExport();
  const busy = exporter.running !== null;
  return (
    <div className="export-buttons" role="group" aria-label="Export the filtered incidents">
      {EXPORT_FORMATS.map((format) => (
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
            ? `Exporting ${format.toUpperCase()}…`
            : `Export ${format.toUpperCase()}`}
        </button>
      ))}
      <span
        className="export-status"
        role="status"
        data-testid="export-status"
        title={exporter.done === null ? undefined : `Saved as ${exporter.done.fileName}`}
      >
        {exporter.done !== null ? `Saved ${countOf(exporter.done.rows, 'incident')}` : ''}
      </span>
      {exporter.error !== null ? (
        <span className="field-problem" role="alert" data-testid="export-error">
          The export failed: {describeError(exporter.error)}
        </span>
      ) : null}
    </div>
  );
}
