import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { machineTimeZone, timeZoneOptions } from '../mapping/timeZones';
import { useAction } from '../hooks/useAction';
import { ErrorNotice } from './ErrorNotice';

/**
 * The time zone the store counts days in, and a way to change it: every figure then counts the days
 * of that zone (a Beijing morning of 1 January is a 1 January incident). Changing it recounts the
 * store's aggregates, seconds on a large store; the views refresh when it is done.
 */
export function TimeZoneSetting({ zone }: { zone: string }) {
  const { t } = useTranslation(['dashboard', 'common']);
  // "Change" alone says little to a reader moving from button to button: it is described by the zone.
  const currentId = useId();
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState(zone);
  const change = useAction('settings.setTimeZone');
  const options = timeZoneOptions(zone, machineTimeZone());

  if (!editing) {
    return (
      <span className="time-zone-setting" data-testid="time-zone">
        <span id={currentId}>
          <span className="muted">{t('timeZone.daysIn')}</span>{' '}
          <strong data-testid="time-zone-name">{zone}</strong>
        </span>{' '}
        <button
          type="button"
          className="button button-small"
          aria-describedby={currentId}
          data-testid="time-zone-change"
          onClick={() => {
            setChoice(zone);
            setEditing(true);
          }}
        >
          {t('timeZone.change')}
        </button>
      </span>
    );
  }
  return (
    <span className="time-zone-setting" data-testid="time-zone">
      <label>
        <span className="muted">{t('timeZone.countDaysIn')} </span>
        <select
          value={choice}
          disabled={change.running}
          data-testid="time-zone-select"
          onChange={(event) => {
            setChoice(event.target.value);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        className="button button-small"
        disabled={change.running}
        data-testid="time-zone-apply"
        onClick={() => {
          void change.run({ timeZone: choice }).then((result) => {
            if (result.ok) setEditing(false);
          });
        }}
      >
        {change.running ? t('timeZone.recounting') : t('common:actions.apply')}
      </button>{' '}
      <button
        type="button"
        className="button button-small"
        disabled={change.running}
        onClick={() => {
          setEditing(false);
        }}
      >
        {t('common:actions.cancel')}
      </button>
      {change.error !== null ? (
        <ErrorNotice error={change.error} context={t('timeZone.changeFailed')} />
      ) : null}
    </span>
  );
}
