import { useId, useState } from 'react';
import type { LabelCount } from '../../../shared/domain';
import { CATEGORIES, CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';
import { countOf, formatCount } from '../format/count';
import { useAction } from '../hooks/useAction';

/** Codes a label can be mapped to; 'uncategorized' is where unknown labels already are. */
const TARGETS = CATEGORY_CODES.filter((code) => code !== 'uncategorized');

/** A label no category knows, and a way to give it one (stored incidents and later imports follow). */
export function UnknownLabelRow({ label }: { label: LabelCount }) {
  const selectId = useId();
  const [category, setCategory] = useState<CategoryCode | ''>('');
  const mapLabel = useAction('labels.map');
  return (
    <tr data-testid="unknown-label">
      <th scope="row" className="row-head label-text" title={label.label}>
        {label.label}
      </th>
      <td className="num">{formatCount(label.count)}</td>
      <td>
        <label htmlFor={selectId} className="visually-hidden">
          Category for the label {label.label}
        </label>
        <select
          id={selectId}
          className="select"
          value={category}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setCategory(isCategoryCode(value) ? value : '');
          }}
        >
          <option value="">Choose a category…</option>
          {TARGETS.map((code) => (
            <option key={code} value={code}>
              {CATEGORIES[code].en} · {CATEGORIES[code].zh}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button button-small"
          disabled={category === '' || mapLabel.running}
          onClick={() => {
            if (category !== '') void mapLabel.run({ label: label.label, category });
          }}
        >
          {mapLabel.running ? 'Mapping…' : 'Map'}
        </button>
      </td>
      <td className="label-outcome" aria-live="polite">
        {mapLabel.value !== null
          ? `${countOf(mapLabel.value.recategorized, 'incident')} re-categorized`
          : mapLabel.error !== null
            ? `Not mapped: ${mapLabel.error.message}`
            : ''}
      </td>
    </tr>
  );
}
