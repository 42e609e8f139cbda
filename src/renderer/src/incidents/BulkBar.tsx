// Triage for the rows picked in the table (Shift/Ctrl+click, Shift+arrows) or for the whole filtered
// set (Ctrl+A), which the services receive as the filter itself.
import type { IncidentFilter } from '../../../shared/filter';
import { countOf, formatCount } from '../format/count';
import { selectedCount, updateTarget, type Selection } from './selection';
import { TriageForm, type AppliedChange } from './TriageForm';

interface Props {
  selection: Selection;
  filter: IncidentFilter;
  total: number;
  readOnly: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onApplied: (change: AppliedChange) => void;
}

export function BulkBar({ selection, filter, total, readOnly, onSelectAll, onClear, onApplied }: Props) {
  const target = updateTarget(selection, filter);
  if (target === null) return null;
  const count = selectedCount(selection, total);
  return (
    <section className="bulk-bar" aria-label="Triage the selected incidents" data-testid="bulk-bar">
      <div className="bulk-head">
        <strong data-testid="selected-count">
          {selection.kind === 'all'
            ? `All ${formatCount(total)} incidents of this filter are selected`
            : `${countOf(count, 'incident')} selected`}
        </strong>
        {selection.kind === 'rows' && count < total ? (
          <button type="button" className="button button-small" onClick={onSelectAll}>
            Select all {formatCount(total)} (Ctrl+A)
          </button>
        ) : null}
        <button type="button" className="button button-small" onClick={onClear}>
          Clear selection (Esc)
        </button>
      </div>
      <TriageForm
        key={selection.kind === 'all' ? 'all' : String(count)}
        target={target}
        count={count}
        current={null}
        readOnly={readOnly}
        onApplied={onApplied}
      />
    </section>
  );
}
