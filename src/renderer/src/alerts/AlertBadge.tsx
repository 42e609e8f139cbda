import { useTranslation } from 'react-i18next';
import { useAlertsOperation } from './useAlertsOperation';

/** How many alerts are new, on the Alerts link; nothing when none are. */
export function AlertBadge() {
  const { t } = useTranslation('alerts');
  const { value } = useAlertsOperation('alerts.newCount', {});
  const count = value?.count ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-badge" data-testid="alerts-badge" title={t('badge.title', { count })}>
      {count > 99 ? '99+' : count}
      <span className="visually-hidden"> {t('badge.new')}</span>
    </span>
  );
}
