import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('incidents');
  const reversed = from !== undefined && to !== undefined && from > to;
  return (
    <fieldset className="date-range">
      <legend className="visually-hidden">{t('dates.legend')}</legend>
      <label className="date-field">
        <span>{t('dates.from')}</span>
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
        <span>{t('dates.to')}</span>
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
          {t('dates.reversed')}
        </span>
      ) : null}
    </fieldset>
  );
}
