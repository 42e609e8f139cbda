import type { CategoryCode } from '../../../shared/taxonomy';
import { formatRoute, incidentsRoute } from '../app/route';

/**
 * "Show these incidents": the incidents table with the dashboard's category filter. The table filters
 * by category only today, so the period and the dimension a panel shows are not carried over: the
 * table lists every date, newest first.
 */
export function IncidentsLink({ categories }: { categories: readonly CategoryCode[] }) {
  return (
    <a
      className="incidents-link"
      href={formatRoute(incidentsRoute([...categories]))}
      data-testid="incidents-link"
    >
      Show these incidents
    </a>
  );
}
