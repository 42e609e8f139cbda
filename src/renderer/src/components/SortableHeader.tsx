import type { SortField } from '../../../shared/domain';
import type { SortDir } from '../app/route';

interface Props {
  label: string;
  field: SortField;
  sort: SortField;
  dir: SortDir;
  onSort: (field: SortField) => void;
  className?: string;
}

/** A column header that sorts the table: a real button, so Enter and Space work and focus shows. */
export function SortableHeader({ label, field, sort, dir, onSort, className }: Props) {
  const active = field === sort;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className={active ? 'sort-button is-sorted' : 'sort-button'}
        onClick={() => {
          onSort(field);
        }}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
