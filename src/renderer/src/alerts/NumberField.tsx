import { describedBy, FormRow } from './FormRow';
import type { FormField, RuleForm } from './ruleForm';

interface Props {
  field: FormField;
  label: string;
  hint?: string;
  form: RuleForm;
  problems: Partial<Record<FormField, string>>;
  onChange: (field: FormField, value: string) => void;
  step?: string;
}

/** A number the rule editor asks for, kept as typed so a half-written value is not lost. */
export function NumberField({ field, label, hint, form, problems, onChange, step = '1' }: Props) {
  const id = `rule-${field}`;
  const value = form[field];
  const problem = problems[field];
  return (
    <FormRow label={label} htmlFor={id} problem={problem} hint={hint}>
      <input
        id={id}
        className="text-input rule-number"
        type="number"
        step={step}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={problem !== undefined}
        aria-describedby={describedBy(id, hint !== undefined, problem !== undefined)}
        onChange={(e) => {
          onChange(field, e.target.value);
        }}
        data-testid={id}
      />
    </FormRow>
  );
}
