import { isIsoDate } from '../../../shared/period';

interface Props {
  from: string | undefined;
  to: string | undefined;
  onChange: (from: string | undefined, to: string | undefined) => void;
}

function dateOrNone(value: string): string | undefined {
  return isIsoDate(value) ? value : undefined;
}

/** The occurrence dates shown, both inclusive (UTC); either may be left open. */
export function DateRange({ from, to, onChange }: Props) {
  const reversed = from !== undefined && to !== undefined && from > to;
  return (
    <fieldset className="date-range">
      <legend className="visually-hidden">Occurred between (UTC dates)</legend>
      <label className="date-field">
        <span>From</span>
        <input
          type="date"
          className="text-input"
          value={from ?? ''}
          max={to}
          data-testid="date-from"
          aria-invalid={reversed}
          onChange={(event) => {
            onChange(dateOrNone(event.target.value), to);
          }}
        />
      </label>
      <label className="date-field">
        <span>To</span>
        <input
          type="date"
          className="text-input"
          value={to ?? ''}
          min={from}
          data-testid="date-to"
          aria-invalid={reversed}
          onChange={(event) => {
            onChange(from, dateOrNone(event.target.value));
          }}
        />
      </label>
      {reversed ? (
        <span className="field-problem" role="status">
          From is after To: nothing can match.
        </span>
      ) : null}
    </fieldset>
  );
}
