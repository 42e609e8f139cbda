// What can be done with an alert: acknowledge it, snooze it until a date (later alerts of the same
// rule and subject stay quiet until then), resolve it, or open it again. Each change is announced,
// since the row may leave the list it was in.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAlert } from '../../../shared/alerts';
import { addDays, STATS_TIME_ZONE, todayIn } from '../../../shared/period';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { bumpAlerts } from './alertsVersion';

interface Props {
  alert: StoredAlert;
  /** The alert in a few words (its rule and window), to name its controls and announcements. */
  label: string;
  onAnnounce: (text: string) => void;
}

export function AlertStatusControl({ alert, label, onAnnounce }: Props) {
  const { t } = useTranslation(['alerts', 'common']);
  const action = useAction('alerts.setStatus');
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState(() => addDays(todayIn(STATS_TIME_ZONE, new Date()), 7));
  const untilInput = useRef<HTMLInputElement>(null);
  const snoozeButton = useRef<HTMLButtonElement>(null);
  const wasSnoozing = useRef(false);

  useEffect(() => {
    // Opened, the date is what a person wants to set next; closed, the keyboard goes back to the
    // button that opened it (when the row is still there).
    if (snoozing) untilInput.current?.focus();
    else if (wasSnoozing.current) snoozeButton.current?.focus();
    wasSnoozing.current = snoozing;
  }, [snoozing]);

  const set = (status: StoredAlert['status'], snoozedUntil?: string): void => {
    void action
      .run({ ids: [alert.id], status, ...(snoozedUntil === undefined ? {} : { snoozedUntil }) })
      .then((r) => {
        if (!r.ok) return;
        setSnoozing(false);
        onAnnounce(t(`list.announce.${status}`, { alert: label, date: snoozedUntil ?? '' }));
        bumpAlerts();
      });
  };

  const problem =
    action.error === null ? null : <ErrorNotice error={action.error} context={t('status.notChanged')} />;

  if (snoozing) {
    return (
      <>
        <span className="alert-actions" role="group" aria-label={t('status.actionsFor', { alert: label })}>
          <input
            ref={untilInput}
            type="date"
            className="text-input"
            aria-label={t('status.snoozeUntil')}
            value={until}
            onChange={(e) => {
              setUntil(e.target.value);
            }}
            data-testid="alert-snooze-until"
          />
          <button
            type="button"
            className="button button-small"
            disabled={until === '' || action.running}
            onClick={() => {
              set('snoozed', until);
            }}
            data-testid="alert-snooze-confirm"
          >
            {t('status.snoozeConfirm')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setSnoozing(false);
            }}
          >
            {t('common:actions.cancel')}
          </button>
        </span>
        {problem}
      </>
    );
  }
  return (
    <>
      <span className="alert-actions" role="group" aria-label={t('status.actionsFor', { alert: label })}>
        {alert.status === 'new' ? (
          <StatusButton status="acknowledged" testId="alert-ack" disabled={action.running} onSet={set}>
            {t('status.acknowledge')}
          </StatusButton>
        ) : (
          <StatusButton status="new" testId="alert-reopen" disabled={action.running} onSet={set}>
            {t('status.reopen')}
          </StatusButton>
        )}
        {alert.status === 'resolved' ? null : (
          <>
            <button
              ref={snoozeButton}
              type="button"
              className="button button-small"
              disabled={action.running}
              onClick={() => {
                setSnoozing(true);
              }}
              data-testid="alert-snooze"
            >
              {t('status.snooze')}
            </button>
            <StatusButton status="resolved" testId="alert-resolve" disabled={action.running} onSet={set}>
              {t('status.resolve')}
            </StatusButton>
          </>
        )}
      </span>
      {problem}
    </>
  );
}

interface StatusButtonProps {
  status: StoredAlert['status'];
  testId: string;
  disabled: boolean;
  onSet: (status: StoredAlert['status']) => void;
  children: ReactNode;
}

/** A button that sets the alert's status to `status`. */
function StatusButton({ status, testId, disabled, onSet, children }: StatusButtonProps) {
  return (
    <button
      type="button"
      className="button button-small"
      disabled={disabled}
      onClick={() => {
        onSet(status);
      }}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
