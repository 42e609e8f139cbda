import { useTranslation } from 'react-i18next';
import type { IncidentChange } from '../../../shared/incidentTypes';
import { formatUtcFull } from '../format/dateTime';
import { fieldValueText } from './codeWords';

/** Every recorded change of the incident, newest first; undone ones struck through. */
export function HistoryList({ rows }: { rows: readonly IncidentChange[] }) {
  const { t } = useTranslation('incidents');
  const shown = (field: string, value: string): string =>
    value === '' ? t('history.none') : fieldValueText(field, value);
  if (rows.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <ol className="history-list" data-testid="pane-history">
      {rows.map((change) => {
        const when = t('history.atBy', { at: formatUtcFull(change.at), by: change.by });
        return (
          <li
            key={change.id}
            className={change.undoneAt === null ? 'history-item' : 'history-item is-undone'}
          >
            <span className="history-what">
              <strong>{t(`history.field.${change.field}`)}</strong>
              {t('history.values', {
                old: shown(change.field, change.oldValue),
                new: shown(change.field, change.newValue),
              })}
            </span>
            <span className="history-when muted">
              {change.undoneAt === null
                ? when
                : `${when} · ${t('history.undoneAt', { at: formatUtcFull(change.undoneAt) })}`}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
