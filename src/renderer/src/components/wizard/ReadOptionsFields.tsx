import { useId } from 'react';
import type { Delimiter, Encoding, ReadOptions } from '../../../../shared/mapping';
import {
  DELIMITER_LIST,
  DELIMITER_NAMES,
  ENCODING_LIST,
  ENCODING_NAMES,
  isDelimiter,
  isEncoding,
} from '../../mapping/readOptionNames';

interface Props {
  read: ReadOptions;
  /** What the preview used: detected, unless chosen in `read`. */
  encoding: Encoding;
  delimiter: Delimiter;
  onChange: (next: ReadOptions) => void;
}

/** How the file is read: its encoding and delimiter, as detected, or as the user chose them. */
export function ReadOptionsFields({ read, encoding, delimiter, onChange }: Props) {
  const encodingId = useId();
  const delimiterId = useId();
  return (
    <div className="read-options">
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
      <div className="labelled">
        <label htmlFor={delimiterId}>
          Delimiter <span className="muted">{read.delimiter === undefined ? '(detected)' : '(chosen)'}</span>
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
    </div>
  );
}
