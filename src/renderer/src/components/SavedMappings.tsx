import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedMapping } from '../../../shared/domain';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { useAction } from '../hooks/useAction';
import { useSavedMappings } from '../hooks/useSavedMappings';
import { i18n } from '../i18n/instance';
import { ErrorNotice } from './ErrorNotice';

const HEADERS_SHOWN = 6;

function headerPreview(mapping: SavedMapping): string {
  const shown = mapping.headers.slice(0, HEADERS_SHOWN).join(', ');
  return mapping.headers.length > HEADERS_SHOWN
    ? i18n.t('import:mappings.moreColumns', { shown, columns: mapping.headers.length })
    : shown;
}

/** The mappings Vigil applies by itself to files whose header reads the same, with a way to forget one. */
export function SavedMappings() {
  const { t } = useTranslation(['import', 'common']);
  const { value, error, reload } = useSavedMappings();
  const remove = useAction('mappings.delete');
  const [removing, setRemoving] = useState<number | null>(null);
  if (error !== null) return <ErrorNotice error={error} context={t('mappings.unreadable')} />;
  if (value === null) return null;
  if (value.rows.length === 0) {
    return <p className="muted">{t('mappings.none')}</p>;
  }
  return (
    <div className="table-scroll history-scroll">
      <table className="data-table mappings-table">
        <caption className="visually-hidden">{t('mappings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mappings.name')}</th>
            <th scope="col">{t('mappings.header')}</th>
            <th scope="col">{t('mappings.updated')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('mappings.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {value.rows.map((mapping) => (
            <tr key={mapping.id}>
              <th scope="row" className="row-head">
                {mapping.name}
              </th>
              <td className="cell-headers" title={mapping.headers.join(', ')}>
                {headerPreview(mapping)}
              </td>
              <td>
                <time dateTime={mapping.updatedAt} title={formatUtcFull(mapping.updatedAt)}>
                  {formatUtcMinute(mapping.updatedAt)}
                </time>
              </td>
              <td className="cell-action">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('mappings.delete', { name: mapping.name })}
                  disabled={removing === mapping.id}
                  onClick={() => {
                    setRemoving(mapping.id);
                    void remove.run({ id: mapping.id }).then(() => {
                      setRemoving(null);
                      reload();
                    });
                  }}
                >
                  {removing === mapping.id ? t('mappings.deleting') : t('common:actions.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {remove.error === null ? null : (
        <ErrorNotice error={remove.error} context={t('mappings.deleteFailed')} />
      )}
    </div>
  );
}
