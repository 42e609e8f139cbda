import type { ImportPreview } from '../../../../shared/domain';
import { IMPORT_FIELDS } from '../../../../shared/fields';
import { FIELD_NAMES } from '../../mapping/fieldNames';
import { PreviewCellView } from './PreviewCellView';

/**
 * The first rows of the file as Vigil will store them, one column per mapped field: parsed times (UTC),
 * canonical categories, each problem in its cell, and rows that would be rejected marked with why.
 */
export function PreviewTable({ preview, busy }: { preview: ImportPreview; busy: boolean }) {
  // A file that cannot be imported as mapped shows its rows as read, with nothing said of storing them.
  const blocked = preview.problems.length > 0;
  const fields = IMPORT_FIELDS.filter(
    (field) =>
      preview.mapping.fields[field] !== undefined ||
      preview.rows.some((row) => row.cells[field] !== undefined),
  );
  const rejected = preview.rows.filter((row) => row.rejected !== null).length;
  return (
    <div className="preview-scroll">
      <table className="data-table preview-table" data-testid="preview-table" aria-busy={busy}>
        {blocked ? (
          <caption>
            First {preview.rows.length} rows as read
            <span className="muted"> (nothing can be stored until the problem above is solved)</span>
          </caption>
        ) : (
          <caption>
            First {preview.rows.length} rows as they will be stored
            <span className="muted">
              {' '}
              (times in UTC{rejected > 0 ? `; ${String(rejected)} would be rejected` : ''})
            </span>
          </caption>
        )}
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Row</th>
            {fields.map((field) => (
              <th key={field} scope="col" title={field}>
                {FIELD_NAMES[field]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line} className={row.rejected === null ? undefined : 'is-rejected'}>
              <td className="num preview-line">{row.line}</td>
              <td className="preview-outcome">
                {blocked ? (
                  <span className="muted">–</span>
                ) : row.rejected === null ? (
                  <span className="outcome-ok">stored</span>
                ) : (
                  <span className="outcome-rejected">
                    <span aria-hidden="true">✕ </span>rejected: {row.rejected}
                  </span>
                )}
              </td>
              {fields.map((field) => (
                <PreviewCellView key={field} field={field} cell={row.cells[field]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
