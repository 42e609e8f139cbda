import { useId } from 'react';
import type { Delimiter, Encoding, FileFormat, ReadOptions } from '../../../../shared/mapping';
import {
  DELIMITER_LIST,
  DELIMITER_NAMES,
  ENCODING_LIST,
  ENCODING_NAMES,
  FORMAT_LIST,
  FORMAT_NAMES,
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
  const formatId = useId();
  const encodingId = useId();
  const delimiterId = useId();
  return (
    <div className="read-options">
      <div className="labelled">
        <label htmlFor={formatId}>
          Format <span className="muted">{read.format === undefined ? '(detected)' : '(chosen)'}</span>
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
              {FORMAT_NAMES[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="labelled">
        <label htmlFor={encodingId}>
          Encoding <span className="muted">{read.encoding === undefined ? '(detected)' : '(chosen)'}</span>
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
            Delimiter{' '}
            <span className="muted">{read.delimiter === undefined ? '(detected)' : '(chosen)'}</span>
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
                {DELIMITER_NAMES[value]}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
