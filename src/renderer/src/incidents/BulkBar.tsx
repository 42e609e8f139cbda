// Triage for the rows picked in the table (Shift/Ctrl+click, Shift+arrows) or for the whole filtered
// set (Ctrl+A), which the services receive as the filter itself.
import { useTranslation } from 'react-i18next';
import type { IncidentFilter } from '../../../shared/filter';
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
  const { t } = useTranslation('incidents');
  const target = updateTarget(selection, filter);
  if (target === null) return null;
  const count = selectedCount(selection, total);
  return (
    <section className="bulk-bar" aria-label={t('bulk.label')} data-testid="bulk-bar">
      <div className="bulk-head">
        <strong data-testid="selected-count">
          {selection.kind === 'all' ? t('bulk.allSelected', { n: total }) : t('bulk.selected', { count })}
        </strong>
        {selection.kind === 'rows' && count < total ? (
          <button type="button" className="button button-small" onClick={onSelectAll}>
            {t('bulk.selectAll', { n: total })}
          </button>
        ) : null}
        <button type="button" className="button button-small" onClick={onClear}>
          {t('bulk.clear')}
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
