import { useTranslation } from 'react-i18next';
import { POISSON_BELOW_MEAN } from '../../../shared/alerts';
import { describedBy, FormRow } from './FormRow';
import { NumberField } from './NumberField';
import type { FormField, RuleForm } from './ruleForm';

interface Props {
  form: RuleForm;
  problems: Partial<Record<FormField, string>>;
  onChange: (field: FormField, value: string) => void;
}

/** The numeric parameters, each with its label and hint in the catalog under its own name. */
type NumberParam =
  | 'atLeast'
  | 'baselineWindows'
  | 'sigmas'
  | 'alpha'
  | 'minCount'
  | 'minPct'
  | 'windows'
  | 'threshold'
  | 'horizon';

/** The parameters of the chosen kind of rule. */
export function RuleKindFields({ form, problems, onChange }: Props) {
  const { t } = useTranslation('alerts');
  const number = (field: NumberParam, step?: string) => (
    <NumberField
      field={field}
      label={t(`editor.fields.${field}.label`)}
      hint={t(`editor.fields.${field}.hint`, { mean: POISSON_BELOW_MEAN })}
      form={form}
      problems={problems}
      onChange={onChange}
      {...(step === undefined ? {} : { step })}
    />
  );
  switch (form.kind) {
    case 'threshold':
      return number('atLeast');
    case 'surge':
      return (
        <>
          {number('baselineWindows')}
          {number('sigmas', '0.1')}
          {number('alpha', '0.001')}
          {number('minCount')}
        </>
      );
    case 'yoy':
      return (
        <>
          {number('minPct', '0.1')}
          {number('minCount')}
        </>
      );
    case 'trend':
      return (
        <>
          {number('windows')}
          {number('threshold')}
          {number('horizon')}
        </>
      );
    case 'watchlist':
      return (
        <FormRow
          label={t('editor.fields.terms.label')}
          htmlFor="rule-terms"
          hint={t('editor.fields.terms.hint')}
          problem={problems.terms}
        >
          <textarea
            id="rule-terms"
            className="text-input rule-terms"
            rows={4}
            value={form.terms}
            aria-invalid={problems.terms !== undefined}
            aria-describedby={describedBy('rule-terms', true, problems.terms !== undefined)}
            onChange={(e) => {
              onChange('terms', e.target.value);
            }}
            data-testid="rule-terms"
          />
        </FormRow>
      );
  }
}
