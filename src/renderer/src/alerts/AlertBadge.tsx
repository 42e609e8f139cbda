import { useAlertsOperation } from './useAlertsOperation';

/** How many alerts are new, on the Alerts link; nothing when none are. */
export function AlertBadge() {
  const { value } = useAlertsOperation('alerts.newCount', {});
  const count = value?.count ?? 0;
  if (count === 0) return null;
  return (
    <span
      className="nav-badge"
      data-testid="alerts-badge"
      title={`${String(count)} new alert${count === 1 ? '' : 's'}`}
    >
      {count > 99 ? '99+' : count}
      <span className="visually-hidden"> new</span>
    </span>
  );
}
