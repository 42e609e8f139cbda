import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DateFormatChoice } from '../../../../shared/domain';
import { IMPORT_FIELDS } from '../../../../shared/fields';
import type { ImportMapping, OccurrenceSource, TimeField } from '../../../../shared/mapping';
import { isTimeField } from '../../mapping/fieldNames';
import { describeDateChoice } from '../../format/dateFormatNote';
import { DATE_FORMAT_LIST, dateFormatName, isDateFormat } from '../../mapping/readOptionNames';
import { machineTimeZone, timeZoneOptions } from '../../mapping/timeZones';

type Choices = Partial<Record<TimeField, DateFormatChoice>>;

interface Props {
  mapping: ImportMapping;
  /** How the preview read each time column under the mapping as it stands. */
  current: Choices;
  /** What 'auto' detects, when known (also after the user chose a format). */
  detected: Choices | null;
  timeField: OccurrenceSource | null;
  onChange: (next: ImportMapping) => void;
}

const TIME_FIELDS_SHOWN = IMPORT_FIELDS.filter(isTimeField) as TimeField[];

function autoLabel(
  detected: Choices | null,
  timeField: OccurrenceSource | null,
  t: TFunction<'import'>,
): string {
  const choice =
    (timeField === null ? undefined : detected?.[timeField]) ??
    TIME_FIELDS_SHOWN.map((f) => detected?.[f]).find((c) => c !== undefined);
  if (choice === undefined) return t('wizard.dates.auto');
  return t('wizard.dates.autoDetected', { choice: describeDateChoice(choice) });
}

/** One date format for every time column (or detection per column), the zone of zoneless times, and how each column was read. */
export function DateSettings({ mapping, current, detected, timeField, onChange }: Props) {
  const { t } = useTranslation('import');
  const formatId = useId();
  const zoneId = useId();
  const zones = useMemo(() => timeZoneOptions(mapping.timeZone, machineTimeZone()), [mapping.timeZone]);
  const notes = TIME_FIELDS_SHOWN.flatMap((field) => {
    const choice = current[field];
    return choice === undefined ? [] : [{ field, choice }];
  });

  return (
    <div className="date-settings">
      <div className="labelled">
        <label htmlFor={formatId}>{t('wizard.dates.format')}</label>
        <select
          id={formatId}
          className="select select-wide"
          data-testid="date-format"
          value={mapping.dateFormat}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value === 'auto' || isDateFormat(value)) onChange({ ...mapping, dateFormat: value });
          }}
        >
          <option value="auto">{autoLabel(detected, timeField, t)}</option>
          {DATE_FORMAT_LIST.map((format) => (
            <option key={format} value={format}>
              {dateFormatName(format)}
            </option>
          ))}
        </select>
      </div>
      <div className="labelled">
        <label htmlFor={zoneId}>{t('wizard.dates.zone')}</label>
        <select
          id={zoneId}
          className="select"
          data-testid="time-zone"
          value={mapping.timeZone}
          onChange={(event) => {
            onChange({ ...mapping, timeZone: event.currentTarget.value });
          }}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      {notes.length > 0 ? (
        <ul className="date-notes">
          {notes.map(({ field, choice }) => (
            <li key={field} className={choice.ambiguous ? 'date-note is-ambiguous' : 'date-note'}>
              <code>{field}</code>:{' '}
              {t(choice.ambiguous ? 'wizard.dates.noteAmbiguous' : 'wizard.dates.note', {
                choice: describeDateChoice(choice),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
