import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../shared/domain';
import { HISTORY_COLUMNS, ImportHistoryRow } from './ImportHistoryRow';

const NUMERIC: ReadonlySet<string> = new Set(['id', 'size', 'rows', 'imported', 'duplicates', 'rejected']);

/** Every file imported so far, newest first, with its rejects and duplicates on demand, and undo. */
export function ImportHistory({ rows, onChanged }: { rows: readonly ImportRecord[]; onChanged: () => void }) {
  const { t } = useTranslation('import');
  return (
    <div className="table-scroll history-scroll">
      <table className="data-table history-table">
        <caption className="visually-hidden">{t('history.caption')}</caption>
        <thead>
          <tr>
            {HISTORY_COLUMNS.map((column) => (
              <th key={column} scope="col" className={NUMERIC.has(column) ? 'num' : undefined}>
                {t(`history.columns.${column}`)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('history.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((record) => (
            <ImportHistoryRow key={record.id} record={record} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
