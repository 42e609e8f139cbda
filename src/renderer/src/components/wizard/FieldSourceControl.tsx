import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../../shared/fields';
import type { ImportMapping } from '../../../../shared/mapping';
import { fieldName } from '../../mapping/fieldNames';
import {
  addJoinedColumn,
  choiceOf,
  chooseField,
  MAX_JOINED_COLUMNS,
  parseChoice,
  removeJoinedColumn,
  setConstant,
  setJoinedColumn,
} from '../../mapping/mappingEdits';
import { columnLabel, columnOptions } from './columnOptions';

/** A sign, not a word: the button's name says what it does. */
const CROSS = '✕';

interface Props {
  field: ImportField;
  mapping: ImportMapping;
  headers: readonly string[];
  onChange: (next: ImportMapping) => void;
}

/**
 * Where one field comes from: a column (more can be joined, their values separated by a space), the
 * same value for every row, or nothing. The main select carries the field's test id.
 */
export function FieldSourceControl({ field, mapping, headers, onChange }: Props) {
  const { t } = useTranslation('import');
  const id = useId();
  const source = mapping.fields[field];
  const name = fieldName(field);
  const columns = source?.kind === 'columns' ? source.columns : [];
  const options = columnOptions(headers, columns);

  return (
    <div className={source === undefined ? 'field-source is-unmapped' : 'field-source'}>
      <label className="field-name" htmlFor={id}>
        {name}
        <code className="field-code">{field}</code>
      </label>
      <div className="field-controls">
        <div className="field-main">
          <select
            id={id}
            className="select"
            data-testid={`mapping-field-${field}`}
            value={choiceOf(source)}
            onChange={(event) => {
              const choice = parseChoice(event.currentTarget.value);
              if (choice !== null) onChange(chooseField(mapping, field, choice));
            }}
          >
            <option value="none">{t('wizard.source.none')}</option>
            <optgroup label={t('wizard.source.columns')}>{options}</optgroup>
            <option value="constant">{t('wizard.source.constant')}</option>
          </select>
          {source?.kind === 'columns' ? (
            <button
              type="button"
              className="button button-small button-icon"
              aria-label={t('wizard.source.join', { name })}
              title={t('wizard.source.joinTip', { name })}
              disabled={columns.length >= MAX_JOINED_COLUMNS || columns.length >= headers.length}
              onClick={() => {
                onChange(addJoinedColumn(mapping, field, headers.length));
              }}
            >
              +
            </button>
          ) : null}
        </div>
        {source?.kind === 'constant' ? (
          <input
            type="text"
            className="text-input"
            aria-label={t('wizard.source.constantLabel', { name })}
            placeholder={t('wizard.source.constantPlaceholder')}
            maxLength={1000}
            value={source.value}
            onChange={(event) => {
              onChange(setConstant(mapping, field, event.currentTarget.value));
            }}
          />
        ) : null}
        {columns.slice(1).map((column, offset) => {
          const position = offset + 1;
          return (
            <div className="field-joined" key={position}>
              <span className="joined-mark" aria-hidden="true">
                +
              </span>
              <select
                className="select"
                aria-label={t('wizard.source.joined', { name, position: position + 1 })}
                value={`column:${String(column)}`}
                onChange={(event) => {
                  const choice = parseChoice(event.currentTarget.value);
                  if (choice !== null && choice.startsWith('column:')) {
                    onChange(
                      setJoinedColumn(mapping, field, position, Number(choice.slice('column:'.length))),
                    );
                  }
                }}
              >
                {options}
              </select>
              <button
                type="button"
                className="button button-small button-icon"
                aria-label={t('wizard.source.stopJoining', {
                  column: columnLabel(headers[column], column),
                  name,
                })}
                title={t('wizard.source.stopTip')}
                onClick={() => {
                  onChange(removeJoinedColumn(mapping, field, position));
                }}
              >
                {CROSS}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
