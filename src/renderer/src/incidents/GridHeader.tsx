import { useTranslation } from 'react-i18next';
import type { SortField } from '../../../shared/domain';
import type { SortDir } from '../app/route';
import { columnLabel } from './columnLabels';
import { COLUMNS, type ColumnId } from './columns';
import { ColumnResizer } from './ColumnResizer';

/** Marks beside a header's name: drawn, not read (aria-sort says the same to a screen reader). */
const SORT_MARKS = { asc: '▲', desc: '▼' } as const;
const UNSORTED_MARK = '↕';

interface Props {
  columns: readonly ColumnId[];
  widthOf: (id: ColumnId) => number;
  sort: SortField;
  dir: SortDir;
  onSort: (field: SortField) => void;
  onResize: (id: ColumnId, width: number, done: boolean) => void;
}

/** The grid's header row: sort buttons (real buttons, so Enter, Space and focus work) and resize handles. */
export function GridHeader({ columns, widthOf, sort, dir, onSort, onResize }: Props) {
  const { t } = useTranslation('incidents');
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row grid-head-row">
        {columns.map((id, i) => {
          const column = COLUMNS[id];
          const field = column.sort;
          const active = field !== null && field === sort;
          const label = columnLabel(id);
          return (
            <div
              key={id}
              role="columnheader"
              className="grid-header"
              data-column={id}
              aria-colindex={i + 1}
              // Only the column the rows are sorted by says so: a screen reader announces that one.
              aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {field === null ? (
                <span className="grid-header-label" title={t('grid.notSortable')}>
                  {label}
                </span>
              ) : (
                <button
                  type="button"
                  className={active ? 'sort-button is-sorted' : 'sort-button'}
                  onClick={() => {
                    onSort(field);
                  }}
                >
                  <span className="grid-header-label">{label}</span>
                  <span className="sort-mark" aria-hidden="true">
                    {active ? SORT_MARKS[dir] : UNSORTED_MARK}
                  </span>
                </button>
              )}
              <ColumnResizer
                label={label}
                width={widthOf(id)}
                onResize={(width, done) => {
                  onResize(id, width, done);
                }}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
