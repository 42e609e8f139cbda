import { useId } from 'react';

interface Props {
  checked: boolean;
  name: string;
  onCheck: (checked: boolean) => void;
  onName: (name: string) => void;
}

/** "Save mapping as…": remembered for the next file whose header reads the same. */
export function SaveMappingControl({ checked, name, onCheck, onName }: Props) {
  const checkId = useId();
  const nameId = useId();
  const hintId = useId();
  const missing = checked && name.trim() === '';
  return (
    <div className="save-mapping">
      <input
        id={checkId}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onCheck(event.currentTarget.checked);
        }}
      />
      <label htmlFor={checkId}>Save mapping as</label>
      <label htmlFor={nameId} className="visually-hidden">
        Name of the saved mapping
      </label>
      <input
        id={nameId}
        type="text"
        className="text-input"
        maxLength={100}
        value={name}
        disabled={!checked}
        aria-describedby={hintId}
        aria-invalid={missing}
        onChange={(event) => {
          onName(event.currentTarget.value);
        }}
      />
      <span id={hintId} className={missing ? 'save-hint is-missing' : 'save-hint muted'}>
        {missing
          ? 'Give the mapping a name, or do not save it.'
          : 'Applied to the next file whose header reads the same; a mapping of the same name is replaced.'}
      </span>
    </div>
  );
}
