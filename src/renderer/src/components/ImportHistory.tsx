import type { ImportRecord } from '../../../shared/domain';
import { HISTORY_HEADERS, ImportHistoryRow } from './ImportHistoryRow';

const NUMERIC: ReadonlySet<string> = new Set(['Id', 'Size', 'Rows', 'Imported', 'Duplicates', 'Rejected']);

/** Every file imported so far, newest first, with its rejects and duplicates on demand, and undo. */
export function ImportHistory({ rows, onChanged }: { rows: readonly ImportRecord[]; onChanged: () => void }) {
  return (
    <div className="table-scroll history-scroll">
      <table className="data-table history-table">
        <caption className="visually-hidden">Import history</caption>
        <thead>
          <tr>
            {HISTORY_HEADERS.map((header) => (
              <th key={header} scope="col" className={NUMERIC.has(header) ? 'num' : undefined}>
                {header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
