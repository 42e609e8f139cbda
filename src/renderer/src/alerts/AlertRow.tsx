import { useTranslation } from 'react-i18next';
import type { StoredAlert } from '../../../shared/alerts';
import { formatCount } from '../format/count';
import { formatUtcFull, formatUtcMinute } from '../format/dateTime';
import { periodText } from '../format/periodText';
import { AlertStatusControl } from './AlertStatusControl';
import { explanationText, ruleName, subjectText } from './alertWords';

function baselineText(alert: StoredAlert): string {
  if (alert.baseline === null) return '–';
  return Number.isInteger(alert.baseline) ? formatCount(alert.baseline) : alert.baseline.toFixed(1);
}

interface Props {
  alert: StoredAlert;
  /** Says what a status change did, for a screen reader. */
  onAnnounce: (text: string) => void;
}

/** One alert: the rule, what it counted, over which days, the figures and the sentence, its status. */
export function AlertRow({ alert, onAnnounce }: Props) {
  const { t } = useTranslation('alerts');
  const name = ruleName(alert.rule);
  const window = periodText({ from: alert.windowStart, to: alert.windowEnd });
  return (
    <tr
      data-testid="alert-row"
      data-rule={alert.rule}
      data-status={alert.status}
      className={`alert-${alert.status}`}
    >
      <td>
        <span className="alert-rule">{name}</span>
        <span className="alert-kind muted">{t(`kinds.${alert.kind}`)}</span>
      </td>
      <td>{subjectText(alert)}</td>
      <td className="alert-window">{window}</td>
      <td className="num strong-num">{formatCount(alert.count)}</td>
      <td className="num">{baselineText(alert)}</td>
      <td className="alert-message">
        <span data-testid="alert-message">{explanationText(alert)}</span>{' '}
        <a className="incidents-link" href={alert.link} data-testid="alert-link">
          {t('list.showIncidents')}
        </a>
      </td>
      <td className="alert-when" title={formatUtcFull(alert.firstFiredAt)}>
        {formatUtcMinute(alert.firstFiredAt)}
      </td>
      <td>
        <span className={`alert-status alert-status-${alert.status}`} data-testid="alert-status">
          {alert.status === 'snoozed' && alert.snoozedUntil !== null
            ? t('statuses.snoozedUntil', { date: alert.snoozedUntil })
            : t(`statuses.${alert.status}`)}
        </span>
      </td>
      <td className="row-actions">
        <AlertStatusControl
          alert={alert}
          label={t('list.alertName', { rule: name, window })}
          onAnnounce={onAnnounce}
        />
      </td>
    </tr>
  );
}
