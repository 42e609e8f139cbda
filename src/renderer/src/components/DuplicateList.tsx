import { useTranslation } from 'react-i18next';
import type { DuplicateOf } from '../../../shared/domain';

interface Props {
  rows: readonly DuplicateOf[];
  total: number;
  caption: string;
  /** The import the duplicates belong to: a row repeating an incident of this same import repeats the file. */
  importId: number | null;
}

/** Duplicate rows and the stored incident each repeats; titles and ids are untrusted text, shown as text. */
export function DuplicateList({ rows, total, caption, importId }: Props) {
  const { t } = useTranslation('import');
  const storedBy = (row: DuplicateOf): string => {
    if (row.importId === 0) return t('duplicates.undoneImport');
    if (row.importId === importId) return t('duplicates.thisImport');
    return t('duplicates.otherImport', { id: row.importId });
  };
  return (
    <table className="data-table duplicate-table">
      <caption>
        {total > rows.length ? t('counts.firstOf', { caption, shown: rows.length, total }) : caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="col-line num">
            {t('duplicates.line')}
          </th>
          <th scope="col" className="col-incident num">
            {t('duplicates.repeats')}
          </th>
          <th scope="col" className="col-external">
            {t('duplicates.externalId')}
          </th>
          <th scope="col">{t('duplicates.title')}</th>
          <th scope="col" className="col-of-import">
            {t('duplicates.storedBy')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line}>
            <td className="col-line num">{row.line}</td>
            <td className="col-incident num">#{row.incidentId}</td>
            <td className="col-external">
              {row.externalId ?? <span className="muted">{t('duplicates.none')}</span>}
            </td>
            <td className="cell-title" title={row.title}>
              {row.title === '' ? <span className="muted">{t('duplicates.noTitle')}</span> : row.title}
            </td>
            <td className="col-of-import">{storedBy(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
