import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportRecord } from '../../../shared/domain';
import { formatBytes } from '../format/bytes';
import { formatCount } from '../format/count';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { useAction } from '../hooks/useAction';
import { delimiterWord, isDelimiter } from '../mapping/readOptionNames';
import { HistoryDuplicates } from './HistoryDuplicates';
import { HistoryRejects } from './HistoryRejects';
import { ShaCell } from './ShaCell';
import { UndoConfirm } from './UndoConfirm';

/** The history's columns, as keys of their headers; the row's last cell (its actions) has a hidden one. */
export const HISTORY_COLUMNS = [
  'id',
  'file',
  'size',
  'sha',
  'readAs',
  'mapping',
  'rows',
  'imported',
  'duplicates',
  'rejected',
  'finished',
  'status',
] as const;

/** How the file was read: "utf-8, comma", or its JSON form (format names are not translated). */
function readAs(record: ImportRecord, t: TFunction<['import', 'common']>): string {
  let how: string;
  if (record.format === 'json') how = 'JSON';
  else if (record.format === 'ndjson') how = 'NDJSON';
  else if (isDelimiter(record.delimiter)) how = t(`history.delimiters.${delimiterWord(record.delimiter)}`);
  else how = record.delimiter;
  return t('history.readAs', { encoding: record.encoding, how });
}

function Time({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatUtcFull(iso)}>
      {formatUtcMinute(iso)}
    </time>
  );
}

/** One import: what was read, how, what came of it, and what can still be done with it. */
export function ImportHistoryRow({ record, onChanged }: { record: ImportRecord; onChanged: () => void }) {
  const { t } = useTranslation(['import', 'common']);
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
        <td>{readAs(record, t)}</td>
        <td className="cell-mapping" title={record.mappingName ?? undefined}>
          {record.mappingName ?? <span className="muted">–</span>}
        </td>
        <td className="num">{formatCount(record.rows)}</td>
        <td className="num">{formatCount(record.imported)}</td>
        <td className="num">{formatCount(record.duplicates)}</td>
        <td className={record.rejected > 0 ? 'num has-rejects' : 'num'}>{formatCount(record.rejected)}</td>
        <td>
          {record.finishedAt === '' ? (
            <span className="muted">{t('history.unfinished')}</span>
          ) : (
            <Time iso={record.finishedAt} />
          )}
        </td>
        <td>
          {record.undoneAt !== null ? (
            <span className="status-undone">
              {t('history.undone')}
              <br />
              <Time iso={record.undoneAt} />
            </span>
          ) : (
            t('history.stored')
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
                {t('history.rejectedLines')}
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
                {t('history.duplicates')}
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
                {undo.running ? t('history.undoing') : t('common:actions.undo')}
              </button>
            )}
          </div>
        </td>
      </tr>
      {open === null ? null : (
        <tr className="history-detail">
          <td colSpan={HISTORY_COLUMNS.length + 1}>
            {open === 'rejects' ? (
              <HistoryRejects importId={record.id} fileName={record.fileName} />
            ) : open === 'duplicates' ? (
              <HistoryDuplicates importId={record.id} fileName={record.fileName} />
            ) : undo.running ? (
              <p className="muted" aria-live="polite">
                {t('history.removing')}
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
