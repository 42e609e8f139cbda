import { useState } from 'react';
import { isMarking, MAX_MARKING_LENGTH, TLP_MARKINGS } from '../../../shared/report';

const OTHER = 'other';

/** The classification marking: a TLP label, or free text ("内部资料 注意保密") typed in. */
export function MarkingPicker({ marking, onChange }: { marking: string; onChange: (next: string) => void }) {
  const preset = (TLP_MARKINGS as readonly string[]).includes(marking);
  const [text, setText] = useState(preset ? '' : marking);
  const [other, setOther] = useState(!preset);
  return (
    <span className="report-marking-picker">
      <label className="inline-label">
        Marking
        <select
          className="select"
          data-testid="report-marking-select"
          value={other ? OTHER : marking}
          onChange={(e) => {
            if (e.target.value === OTHER) {
              setOther(true);
              if (isMarking(text)) onChange(text.trim());
            } else {
              setOther(false);
              onChange(e.target.value);
            }
          }}
        >
          {TLP_MARKINGS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
          <option value={OTHER}>Other text…</option>
        </select>
      </label>
      {other ? (
        <input
          type="text"
          className="text-input"
          data-testid="report-marking-text"
          aria-label="Marking text"
          maxLength={MAX_MARKING_LENGTH}
          placeholder="内部资料 注意保密"
          value={text}
          aria-invalid={!isMarking(text)}
          onChange={(e) => {
            setText(e.target.value);
            if (isMarking(e.target.value)) onChange(e.target.value.trim());
          }}
        />
      ) : null}
    </span>
  );
}
