// What can be done with an alert: acknowledge it, snooze it until a date (later alerts of the same
// rule and subject stay quiet until then), resolve it, or open it again.
import { useState } from 'react';
import type { StoredAlert } from '../../../shared/alerts';
import { addDays, STATS_TIME_ZONE, todayIn } from '../../../shared/period';
import { useAction } from '../hooks/useAction';
import { bumpAlerts } from './alertsVersion';

export function AlertStatusControl({ alert }: { alert: StoredAlert }) {
  const action = useAction('alerts.setStatus');
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState(() => addDays(todayIn(STATS_TIME_ZONE, new Date()), 7));

  const set = (status: StoredAlert['status'], snoozedUntil?: string): void => {
    void action
      .run({ ids: [alert.id], status, ...(snoozedUntil === undefined ? {} : { snoozedUntil }) })
      .then((r) => {
        if (r.ok) {
          setSnoozing(false);
          bumpAlerts();
        }
      });
  };

  if (snoozing) {
    return (
      <span className="alert-actions">
        <input
          type="date"
          className="text-input"
          aria-label="Snooze until"
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
          Snooze
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setSnoozing(false);
          }}
        >
          Cancel
        </button>
      </span>
    );
  }
  return (
    <span className="alert-actions">
      {alert.status === 'new' ? (
        <button
          type="button"
          className="button button-small"
          disabled={action.running}
          onClick={() => {
            set('acknowledged');
          }}
          data-testid="alert-ack"
        >
          Acknowledge
        </button>
      ) : (
        <button
          type="button"
          className="button button-small"
          disabled={action.running}
          onClick={() => {
            set('new');
          }}
          data-testid="alert-reopen"
        >
          Reopen
        </button>
      )}
      {alert.status === 'resolved' ? null : (
        <>
          <button
            type="button"
            className="button button-small"
            disabled={action.running}
            onClick={() => {
              setSnoozing(true);
            }}
            data-testid="alert-snooze"
          >
            Snooze…
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={action.running}
            onClick={() => {
              set('resolved');
            }}
            data-testid="alert-resolve"
          >
            Resolve
          </button>
        </>
      )}
    </span>
  );
}
