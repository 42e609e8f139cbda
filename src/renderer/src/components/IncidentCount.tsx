import { useTranslation } from 'react-i18next';
import { formatCount } from '../format/count';
import { errorText } from '../format/errorText';
import { useStoreInfo } from '../hooks/useStoreInfo';

/** How many incidents the store holds; refreshed whenever an import finishes. */
export function IncidentCount() {
  const { t } = useTranslation();
  const { value, error } = useStoreInfo();
  const count = value?.incidents;
  return (
    <div className="incident-count" title={error === null ? undefined : errorText(error)}>
      <span className="incident-count-number" data-testid="incident-count">
        {count === undefined ? '–' : formatCount(count)}
      </span>{' '}
      <span className="incident-count-label">{t('statusBar.stored', { count: count ?? 0 })}</span>
    </div>
  );
}
