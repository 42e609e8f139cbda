import { Fragment, useState } from 'react';
import type { ImportRecord } from '../../../shared/domain';
import { formatBytes } from '../format/bytes';
import { formatCount } from '../format/count';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { HistoryRejects } from './HistoryRejects';

const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

const COLUMN_COUNT = 9;

/** Every file imported so far, newest as the store lists them, with its rejected lines on demand. */
export function ImportHistory({ rows }: { rows: readonly ImportRecord[] }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <div className="table-scroll">
      <table className="data-table history-table">
        <caption className="visually-hidden">Import history</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col">Encoding</th>
            <th scope="col">Delimiter</th>
            <th scope="col" className="num">
              Imported
            </th>
            <th scope="col" className="num">
              Duplicates
            </th>
            <th scope="col" className="num">
              Rejected
            </th>
            <th scope="col">Finished (UTC)</th>
            <th scope="col">
              <span className="visually-hidden">Rejected lines</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((record) => (
            <Fragment key={record.id}>
              <tr>
                <td className="cell-file" title={`${record.fileName}\nSHA-256 ${record.sha256}`}>
                  {record.fileName}
                </td>
                <td className="num">{formatBytes(record.fileSize)}</td>
                <td>{record.encoding}</td>
                <td>{DELIMITER_NAMES[record.delimiter] ?? record.delimiter}</td>
                <td className="num">{formatCount(record.imported)}</td>
                <td className="num">{formatCount(record.duplicates)}</td>
                <td className={record.rejected > 0 ? 'num has-rejects' : 'num'}>
                  {formatCount(record.rejected)}
                </td>
                <td>
                  <time dateTime={record.finishedAt} title={formatUtcFull(record.finishedAt)}>
                    {formatUtcMinute(record.finishedAt)}
                  </time>
                </td>
                <td className="cell-action">
                  {record.rejected > 0 ? (
                    <button
                      type="button"
                      className="button button-small"
                      aria-expanded={open === record.id}
                      onClick={() => {
                        setOpen(open === record.id ? null : record.id);
                      }}
                    >
                      {open === record.id ? 'Hide rejected lines' : 'Show rejected lines'}
                    </button>
                  ) : null}
                </td>
              </tr>
              {open === record.id ? (
                <tr className="history-detail">
                  <td colSpan={COLUMN_COUNT}>
                    <HistoryRejects importId={record.id} fileName={record.fileName} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
