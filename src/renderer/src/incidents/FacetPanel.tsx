import { useTranslation } from 'react-i18next';
import { FACET_DIMENSIONS, type FacetDimension, type IncidentFilter } from '../../../shared/filter';
import type { IncidentsRoute } from '../app/route';
import { ErrorNotice } from '../components/ErrorNotice';
import { useOperation } from '../hooks/useOperation';
import { FacetGroup } from './FacetGroup';
import { selectedValues } from './tableFilter';

/** Most values counted per facet. */
const FACET_LIMIT = 50;

interface Props {
  route: IncidentsRoute;
  filter: IncidentFilter;
  onToggle: (dimension: FacetDimension, value: string) => void;
}

/** The facets beside the table, counted for the current filter (each without its own constraint). */
export function FacetPanel({ route, filter, onToggle }: Props) {
  const { t } = useTranslation('incidents');
  const { value, error, loading } = useOperation('incidents.facets', { filter, limit: FACET_LIMIT });
  return (
    <aside
      className="facet-panel"
      aria-label={t('facets.label')}
      aria-busy={loading}
      data-testid="facet-panel"
    >
      {error !== null ? <ErrorNotice error={error} context={t('facets.readError')} /> : null}
      {value === null && error === null ? <p className="muted">{t('facets.counting')}</p> : null}
      {FACET_DIMENSIONS.map((dimension) => (
        <FacetGroup
          key={dimension}
          dimension={dimension}
          counted={value?.facets[dimension] ?? []}
          selected={selectedValues(route, dimension)}
          onToggle={onToggle}
        />
      ))}
    </aside>
  );
}
