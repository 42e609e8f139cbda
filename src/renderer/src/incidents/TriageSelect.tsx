import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  disabled: boolean;
  testId: string;
  /** A "keep as it is" option first, for many incidents at once; null for one. */
  keepOption: ReactNode;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** One of the triage form's choices (status, severity, category), labelled. */
export function TriageSelect({ label, value, disabled, testId, keepOption, options, onChange }: Props) {
  return (
    <label className="labelled">
      <span>{label}</span>
      <select
        className="select"
        value={value}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {keepOption}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
