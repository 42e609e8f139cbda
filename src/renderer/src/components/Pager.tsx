import { formatCount } from '../format/count';

interface Props {
  /** 1-based position of the first row on the page. */
  first: number;
  shown: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Keyset paging: Previous and Next, and where the page stands in the whole ("rows 101–200 of 5,310"). */
export function Pager({ first, shown, total, hasPrevious, hasNext, onPrevious, onNext }: Props) {
  const range = shown === 0 ? 'no rows' : `rows ${formatCount(first)}–${formatCount(first + shown - 1)}`;
  return (
    <nav className="pager" aria-label="Pages of incidents">
      <span className="pager-range" aria-live="polite">
        {range} of {formatCount(total)}
      </span>
      <button type="button" className="button" disabled={!hasPrevious} onClick={onPrevious}>
        ‹ Previous
      </button>
      <button type="button" className="button" disabled={!hasNext} onClick={onNext}>
        Next ›
      </button>
    </nav>
  );
}
