import { useTranslation } from 'react-i18next';
import type { ImportPreview, PreviewRow } from '../../../../shared/domain';
import { IMPORT_FIELDS } from '../../../../shared/fields';
import { messageText } from '../../../../shared/i18n/message';
import { currentLanguage } from '../../i18n/instance';
import { fieldName } from '../../mapping/fieldNames';
import { PreviewCellView } from './PreviewCellView';

/** A sign for the eye; the words after it say the row is rejected. */
const CROSS = '✕';

/** Why a row would be rejected, in the window's language. */
function rejectedOf(row: PreviewRow): string {
  if (row.rejectedText !== undefined) return messageText(row.rejectedText, currentLanguage());
  return row.rejected ?? '';
}

/**
 * The first rows of the file as Vigil will store them, one column per mapped field: parsed times (UTC),
 * canonical categories, each problem in its cell, and rows that would be rejected marked with why.
 */
export function PreviewTable({ preview, busy }: { preview: ImportPreview; busy: boolean }) {
  const { t } = useTranslation('import');
  // A file that cannot be imported as mapped shows its rows as read, with nothing said of storing them.
  const blocked = preview.problems.length > 0;
  const fields = IMPORT_FIELDS.filter(
    (field) =>
      preview.mapping.fields[field] !== undefined ||
      preview.rows.some((row) => row.cells[field] !== undefined),
  );
  const rejected = preview.rows.filter((row) => row.rejected !== null).length;
  const rows = preview.rows.length;
  return (
    <div className="preview-scroll">
      <table className="data-table preview-table" data-testid="preview-table" aria-busy={busy}>
        {blocked ? (
          <caption>
            {t('wizard.preview.asRead', { rows })}
            <span className="muted"> {t('wizard.preview.blocked')}</span>
          </caption>
        ) : (
          <caption>
            {t('wizard.preview.asStored', { rows })}
            <span className="muted">
              {' '}
              {rejected > 0 ? t('wizard.preview.utcRejected', { rejected }) : t('wizard.preview.utc')}
            </span>
          </caption>
        )}
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('wizard.preview.line')}
            </th>
            <th scope="col">{t('wizard.preview.row')}</th>
            {fields.map((field) => (
              <th key={field} scope="col" title={field}>
                {fieldName(field)}
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
                  <span className="outcome-ok">{t('wizard.preview.stored')}</span>
                ) : (
                  <span className="outcome-rejected">
                    <span aria-hidden="true">{CROSS} </span>
                    {t('wizard.preview.rejected', { reason: rejectedOf(row) })}
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
