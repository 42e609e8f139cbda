import type { SortDirection } from '../dashboard/categoryRows';

/** Marks beside the header's name: drawn, not read (aria-sort says the same to a screen reader). */
const SORT_MARKS = { asc: '▲', desc: '▼' } as const;
const UNSORTED_MARK = '↕';

interface Props {
  label: string;
  /** This column's direction when the table is sorted by it; null when it is not. */
  sorted: SortDirection | null;
  onSort: () => void;
  className?: string;
}

/** A header that sorts a small table: a real button, with aria-sort telling which column and which way. */
export function SortableColumnHeader({ label, sorted, onSort, className }: Props) {
  return (
    <th
      scope="col"
      className={className}
      aria-sort={sorted === null ? undefined : sorted === 'asc' ? 'ascending' : 'descending'}
    >
      <button
        type="button"
        className={sorted === null ? 'sort-button' : 'sort-button is-sorted'}
        onClick={onSort}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted === null ? UNSORTED_MARK : SORT_MARKS[sorted]}
        </span>
      </button>
    </th>
  );
}
