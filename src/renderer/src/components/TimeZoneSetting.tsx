import { useState } from 'react';
import { machineTimeZone, timeZoneOptions } from '../mapping/timeZones';
import { useAction } from '../hooks/useAction';
import { ErrorNotice } from './ErrorNotice';

/**
 * The time zone the store counts days in, and a way to change it: every figure then counts the days
 * of that zone (a Beijing morning of 1 January is a 1 January incident). Changing it recounts the
 * store's aggregates, seconds on a large store; the views refresh when it is done.
 */
export function TimeZoneSetting({ zone }: { zone: string }) {
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState(zone);
  const change = useAction('settings.setTimeZone');
  const options = timeZoneOptions(zone, machineTimeZone());

  if (!editing) {
    return (
      <span className="time-zone-setting" data-testid="time-zone">
        <span className="muted">Days in</span> <strong data-testid="time-zone-name">{zone}</strong>{' '}
        <button
          type="button"
          className="button button-small"
          data-testid="time-zone-change"
          onClick={() => {
            setChoice(zone);
            setEditing(true);
          }}
        >
          Change
        </button>
      </span>
    );
  }
  return (
    <span className="time-zone-setting" data-testid="time-zone">
      <label>
        <span className="muted">Count days in </span>
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
        {change.running ? 'Recounting…' : 'Apply'}
      </button>{' '}
      <button
        type="button"
        className="button button-small"
        disabled={change.running}
        onClick={() => {
          setEditing(false);
        }}
      >
        Cancel
      </button>
      {change.error !== null ? (
        <ErrorNotice error={change.error} context="The time zone could not be changed." />
      ) : null}
    </span>
  );
}
