import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delimiter, Encoding, FileFormat, ReadOptions } from '../../../../shared/mapping';
import {
  DELIMITER_LIST,
  delimiterName,
  ENCODING_LIST,
  ENCODING_NAMES,
  FORMAT_LIST,
  formatName,
  isDelimiter,
  isEncoding,
  isFormat,
} from '../../mapping/readOptionNames';

interface Props {
  read: ReadOptions;
  /** What the preview used: detected, unless chosen in `read`. */
  format: FileFormat;
  encoding: Encoding;
  delimiter: Delimiter;
  onChange: (next: ReadOptions) => void;
}

/** How the file is read: its format, encoding and delimiter, as detected, or as the user chose them. */
export function ReadOptionsFields({ read, format, encoding, delimiter, onChange }: Props) {
  const { t } = useTranslation('import');
  const how = (chosen: unknown): string =>
    chosen === undefined ? t('wizard.read.detected') : t('wizard.read.chosen');
  const formatId = useId();
  const encodingId = useId();
  const delimiterId = useId();
  return (
    <div className="read-options">
      <div className="labelled">
        <label htmlFor={formatId}>
          {t('wizard.read.format')} <span className="muted">{how(read.format)}</span>
        </label>
        <select
          id={formatId}
          className="select"
          data-testid="wizard-format"
          value={format}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isFormat(value)) onChange({ ...read, format: value });
          }}
        >
          {FORMAT_LIST.map((value) => (
            <option key={value} value={value}>
              {formatName(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="labelled">
        <label htmlFor={encodingId}>
          {t('wizard.read.encoding')} <span className="muted">{how(read.encoding)}</span>
        </label>
        <select
          id={encodingId}
          className="select"
          data-testid="wizard-encoding"
          value={encoding}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isEncoding(value)) onChange({ ...read, encoding: value });
          }}
        >
          {ENCODING_LIST.map((value) => (
            <option key={value} value={value}>
              {ENCODING_NAMES[value]}
            </option>
          ))}
        </select>
      </div>
      {/* A JSON file has no delimiter to choose. */}
      {format !== 'csv' ? null : (
        <div className="labelled">
          <label htmlFor={delimiterId}>
            {t('wizard.read.delimiter')} <span className="muted">{how(read.delimiter)}</span>
          </label>
          <select
            id={delimiterId}
            className="select"
            data-testid="wizard-delimiter"
            value={delimiter}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isDelimiter(value)) onChange({ ...read, delimiter: value });
            }}
          >
            {DELIMITER_LIST.map((value) => (
              <option key={value} value={value}>
                {delimiterName(value)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
