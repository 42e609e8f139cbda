import { POISSON_BELOW_MEAN } from '../../../shared/alerts';
import { FormRow } from './FormRow';
import { NumberField } from './NumberField';
import type { FormField, RuleForm } from './ruleForm';

interface Props {
  form: RuleForm;
  problems: Partial<Record<FormField, string>>;
  onChange: (field: FormField, value: string) => void;
}

/** The parameters of the chosen kind of rule. */
export function RuleKindFields({ form, problems, onChange }: Props) {
  const common = { form, problems, onChange };
  switch (form.kind) {
    case 'threshold':
      return <NumberField field="atLeast" label="At least" hint="Incidents in the window." {...common} />;
    case 'surge':
      return (
        <>
          <NumberField
            field="baselineWindows"
            label="Against"
            hint="Earlier windows of the same length, just before the current one."
            {...common}
          />
          <NumberField
            field="sigmas"
            label="k (σ)"
            hint="Fires at the earlier windows' mean + k·σ (σ at least √mean)."
            step="0.1"
            {...common}
          />
          <NumberField
            field="alpha"
            label="Significance"
            hint={`Below a mean of ${String(POISSON_BELOW_MEAN)}, fires when so many would happen by chance less often than this (Poisson).`}
            step="0.001"
            {...common}
          />
          <NumberField
            field="minCount"
            label="Minimum count"
            hint="Never fires below this count."
            {...common}
          />
        </>
      );
    case 'yoy':
      return (
        <>
          <NumberField
            field="minPct"
            label="Rise of at least (%)"
            hint="Against the same dates a year earlier (29 February compares with 28 February)."
            step="0.1"
            {...common}
          />
          <NumberField
            field="minCount"
            label="Minimum count"
            hint="Never fires below this count."
            {...common}
          />
        </>
      );
    case 'trend':
      return (
        <>
          <NumberField
            field="windows"
            label="Fit over"
            hint="Recent windows, the current one included."
            {...common}
          />
          <NumberField
            field="threshold"
            label="Threshold"
            hint="Incidents per window the line may reach."
            {...common}
          />
          <NumberField field="horizon" label="Within" hint="Windows ahead." {...common} />
        </>
      );
    case 'watchlist':
      return (
        <FormRow
          label="Watched terms"
          htmlFor="rule-terms"
          hint="One per line: a domain suffix (.gov.cn), an IPv4 range (10.0.0.0/8) or address, or a word. Matched against each new incident's asset, addresses, title and description."
          problem={problems.terms}
        >
          <textarea
            id="rule-terms"
            className="text-input rule-terms"
            rows={4}
            value={form.terms}
            onChange={(e) => {
              onChange('terms', e.target.value);
            }}
            data-testid="rule-terms"
          />
        </FormRow>
      );
  }
}
