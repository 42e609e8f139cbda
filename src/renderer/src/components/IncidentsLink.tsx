import { useTranslation } from 'react-i18next';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import { incidentsHref } from '../dashboard/incidentsHref';

/** "Show these incidents": the incidents table with the dashboard's categories and period. */
export function IncidentsLink({
  categories,
  period = null,
}: {
  categories: readonly CategoryCode[];
  period?: Period | null;
}) {
  const { t } = useTranslation('dashboard');
  return (
    <a className="incidents-link" href={incidentsHref(categories, period)} data-testid="incidents-link">
      {t('showIncidents')}
    </a>
  );
}
