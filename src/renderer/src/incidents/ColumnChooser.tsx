import { useTranslation } from 'react-i18next';
import { columnLabel } from './columnLabels';
import { COLUMN_IDS, type ColumnId } from './columns';
import { moveColumn, toggleColumn } from './columnPrefs';

interface Props {
  columns: readonly ColumnId[];
  onChange: (columns: ColumnId[]) => void;
}

/** Which columns the table shows, and in which order: shown ones first (movable), then the rest. */
export function ColumnChooser({ columns, onChange }: Props) {
  const { t } = useTranslation('incidents');
  const hidden = COLUMN_IDS.filter((id) => !columns.includes(id));
  return (
    <details className="column-chooser" data-testid="column-chooser">
      <summary className="button">{t('columns.chooser')}</summary>
      <div className="chooser-panel" role="group" aria-label={t('columns.shown')}>
        <ul className="chooser-list">
          {[...columns, ...hidden].map((id) => {
            const shown = columns.includes(id);
            const at = columns.indexOf(id);
            const label = columnLabel(id);
            return (
              <li key={id} className="chooser-item">
                <label className="chooser-label">
                  <input
                    type="checkbox"
                    checked={shown}
                    disabled={shown && columns.length === 1}
                    onChange={() => {
                      onChange(toggleColumn(columns, id));
                    }}
                  />
                  {label}
                </label>
                {shown ? (
                  <span className="chooser-move">
                    <button
                      type="button"
                      className="button button-small button-icon"
                      aria-label={t('columns.moveLeft', { column: label })}
                      disabled={at === 0}
                      onClick={() => {
                        onChange(moveColumn(columns, id, -1));
                      }}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button-small button-icon"
                      aria-label={t('columns.moveRight', { column: label })}
                      disabled={at === columns.length - 1}
                      onClick={() => {
                        onChange(moveColumn(columns, id, 1));
                      }}
                    >
                      ↓
                    </button>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
