import type { SortField } from '../../../shared/domain';
import type { SortDir } from '../app/route';
import { COLUMNS, type ColumnId } from './columns';
import { ColumnResizer } from './ColumnResizer';

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
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row grid-head-row">
        {columns.map((id) => {
          const column = COLUMNS[id];
          const field = column.sort;
          const active = field !== null && field === sort;
          return (
            <div
              key={id}
              role="columnheader"
              className="grid-header"
              data-column={id}
              aria-sort={
                active ? (dir === 'asc' ? 'ascending' : 'descending') : field === null ? undefined : 'none'
              }
            >
              {field === null ? (
                <span className="grid-header-label" title="This column cannot be sorted">
                  {column.label}
                </span>
              ) : (
                <button
                  type="button"
                  className={active ? 'sort-button is-sorted' : 'sort-button'}
                  onClick={() => {
                    onSort(field);
                  }}
                >
                  <span className="grid-header-label">{column.label}</span>
                  <span className="sort-mark" aria-hidden="true">
                    {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              )}
              <ColumnResizer
                label={column.label}
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
