import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetDimension, FacetValue } from '../../../shared/filter';
import { isCategoryCode } from '../../../shared/taxonomy';
import { CategorySwatch } from '../components/CategorySwatch';
import { formatCount } from '../format/count';
import { facetEntries, facetLabel, facetTitle } from './facetLabels';

/** Values listed before "Show all". */
const SHOWN = 8;

interface Props {
  dimension: FacetDimension;
  counted: readonly FacetValue[];
  selected: readonly string[];
  onToggle: (dimension: FacetDimension, value: string) => void;
}

/** One facet: its values as toggle buttons with their counts under the rest of the filter. */
export function FacetGroup({ dimension, counted, selected, onToggle }: Props) {
  const { t } = useTranslation('incidents');
  const [expanded, setExpanded] = useState(false);
  const titleId = useId();
  const entries = facetEntries(dimension, counted, selected);
  if (entries.length === 0) return null;
  const shown = expanded
    ? entries
    : entries.filter((entry, i) => i < SHOWN || selected.includes(entry.value));

  return (
    <section className="facet" aria-labelledby={titleId} data-testid={`facet-${dimension}`}>
      <h3 className="facet-title" id={titleId}>
        {facetTitle(dimension)}
      </h3>
      <ul className="facet-values">
        {shown.map((entry) => {
          const label = facetLabel(dimension, entry.value);
          const pressed = selected.includes(entry.value);
          return (
            <li key={entry.value}>
              <button
                type="button"
                className="facet-value"
                aria-pressed={pressed}
                data-value={entry.value}
                title={label}
                onClick={() => {
                  onToggle(dimension, entry.value);
                }}
              >
                {dimension === 'category' && isCategoryCode(entry.value) ? (
                  <CategorySwatch category={entry.value} />
                ) : null}
                <span className={entry.value === '' ? 'facet-label muted' : 'facet-label'}>{label}</span>
                <span className="facet-count">{formatCount(entry.count)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {entries.length > SHOWN ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? t('facets.showFewer') : t('facets.showAll', { n: entries.length })}
        </button>
      ) : null}
    </section>
  );
}
