import { useState } from 'react';
import type { ImportRecord } from '../../../shared/domain';
import { formatBytes } from '../format/bytes';
import { formatCount } from '../format/count';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { useAction } from '../hooks/useAction';
import { HistoryDuplicates } from './HistoryDuplicates';
import { HistoryRejects } from './HistoryRejects';
import { ShaCell } from './ShaCell';
import { UndoConfirm } from './UndoConfirm';

const DELIMITER_WORDS: Readonly<Record<string, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/** The history's column headers; the row's last cell (its actions) has a hidden one of its own. */
export const HISTORY_HEADERS = [
  'Id',
  'File',
  'Size',
  'SHA-256',
  'Read as',
  'Mapping',
  'Rows',
  'Imported',
  'Duplicates',
  'Rejected',
  'Finished (UTC)',
  'Status',
] as const;

function Time({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatUtcFull(iso)}>
      {formatUtcMinute(iso)}
    </time>
  );
}

/** One import: what was read, how, what came of it, and what can still be done with it. */
export function ImportHistoryRow({ record, onChanged }: { record: ImportRecord; onChanged: () => void }) {
  const [open, setOpen] = useState<'rejects' | 'duplicates' | 'undo' | null>(null);
  const toggle = (what: 'rejects' | 'duplicates' | 'undo'): void => {
    setOpen(open === what ? null : what);
  };
  // Undoing a large import takes a few seconds (one transaction in the worker): the button says so
  // and cannot be pressed twice.
  const undo = useAction('imports.undo');
  const remove = (): void => {
    void undo.run({ importId: record.id }).then((result) => {
      // On failure the confirm stays open, with the reason.
      if (result.ok) setOpen(null);
      onChanged();
    });
  };
  const undone = record.undoneAt !== null;
  return (
    <>
      <tr className={undone ? 'is-undone' : undefined}>
        <td className="num">{record.id}</td>
        <td className="cell-file" title={record.fileName}>
          {record.fileName}
        </td>
        <td className="num">{formatBytes(record.fileSize)}</td>
        <ShaCell sha256={record.sha256} />
        <td>
          {record.encoding},{' '}
          {record.format === 'csv'
            ? (DELIMITER_WORDS[record.delimiter] ?? record.delimiter)
            : record.format === 'json'
              ? 'JSON'
              : 'NDJSON'}
        </td>
        <td className="cell-mapping" title={record.mappingName ?? undefined}>
          {record.mappingName ?? <span className="muted">–</span>}
        </td>
        <td className="num">{formatCount(record.rows)}</td>
        <td className="num">{formatCount(record.imported)}</td>
        <td className="num">{formatCount(record.duplicates)}</td>
        <td className={record.rejected > 0 ? 'num has-rejects' : 'num'}>{formatCount(record.rejected)}</td>
        <td>
          {record.finishedAt === '' ? (
            <span className="muted">unfinished</span>
          ) : (
            <Time iso={record.finishedAt} />
          )}
        </td>
        <td>
          {record.undoneAt !== null ? (
            <span className="status-undone">
              undone
              <br />
              <Time iso={record.undoneAt} />
            </span>
          ) : (
            'stored'
          )}
        </td>
        <td className="cell-action">
          <div className="row-actions">
            {record.rejected > 0 ? (
              <button
                type="button"
                className="button button-small"
                aria-expanded={open === 'rejects'}
                onClick={() => {
                  toggle('rejects');
                }}
              >
                Rejected lines
              </button>
            ) : null}
            {record.duplicates > 0 ? (
              <button
                type="button"
                className="button button-small"
                aria-expanded={open === 'duplicates'}
                onClick={() => {
                  toggle('duplicates');
                }}
              >
                Duplicates
              </button>
            ) : null}
            {undone ? null : (
              <button
                type="button"
                className="button button-small"
                data-testid="import-undo"
                aria-expanded={open === 'undo'}
                disabled={undo.running}
                onClick={() => {
                  toggle('undo');
                }}
              >
                {undo.running ? 'Undoing…' : 'Undo'}
              </button>
            )}
          </div>
        </td>
      </tr>
      {open === null ? null : (
        <tr className="history-detail">
          <td colSpan={HISTORY_HEADERS.length + 1}>
            {open === 'rejects' ? (
              <HistoryRejects importId={record.id} fileName={record.fileName} />
            ) : open === 'duplicates' ? (
              <HistoryDuplicates importId={record.id} fileName={record.fileName} />
            ) : undo.running ? (
              <p className="muted" aria-live="polite">
                Removing the incidents of this import…
              </p>
            ) : (
              <UndoConfirm
                record={record}
                error={undo.error}
                onRemove={remove}
                onKeep={() => {
                  setOpen(null);
                }}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
