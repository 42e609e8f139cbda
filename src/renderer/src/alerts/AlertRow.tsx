import type { StoredAlert } from '../../../shared/alerts';
import { RULE_KIND_NAMES } from '../../../shared/alerts';
import { periodText } from '../../../shared/periodText';
import { formatCount } from '../format/count';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { AlertStatusControl } from './AlertStatusControl';

const STATUS_LABELS: Readonly<Record<StoredAlert['status'], string>> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  snoozed: 'Snoozed',
  resolved: 'Resolved',
};

function baselineText(alert: StoredAlert): string {
  if (alert.baseline === null) return '–';
  return Number.isInteger(alert.baseline) ? formatCount(alert.baseline) : alert.baseline.toFixed(1);
}

/** One alert: the rule, what it counted, over which days, the figures and the sentence, its status. */
export function AlertRow({ alert }: { alert: StoredAlert }) {
  return (
    <tr
      data-testid="alert-row"
      data-rule={alert.rule}
      data-status={alert.status}
      className={`alert-${alert.status}`}
    >
      <td>
        <span className="alert-rule">{alert.rule}</span>
        <span className="alert-kind muted">{RULE_KIND_NAMES[alert.kind]}</span>
      </td>
      <td>{alert.subject}</td>
      <td className="alert-window">{periodText({ from: alert.windowStart, to: alert.windowEnd })}</td>
      <td className="num strong-num">{formatCount(alert.count)}</td>
      <td className="num">{baselineText(alert)}</td>
      <td className="alert-message">
        <span data-testid="alert-message">{alert.message}</span>{' '}
        <a className="incidents-link" href={alert.link} data-testid="alert-link">
          Show these incidents
        </a>
      </td>
      <td className="alert-when" title={formatUtcFull(alert.firstFiredAt)}>
        {formatUtcMinute(alert.firstFiredAt)}
      </td>
      <td>
        <span className={`alert-status alert-status-${alert.status}`} data-testid="alert-status">
          {STATUS_LABELS[alert.status]}
          {alert.status === 'snoozed' && alert.snoozedUntil !== null ? ` until ${alert.snoozedUntil}` : ''}
        </span>
      </td>
      <td className="row-actions">
        <AlertStatusControl alert={alert} />
      </td>
    </tr>
  );
}
