// Adding or editing a rule: its name, kind, scope, window and parameters, each checked as typed once
// a save has been tried, with the schema the main process applies, so what it would refuse is said
// beside the field rather than after the round trip.
import { useState, type SyntheticEvent } from 'react';
import {
  RULE_KIND_NAMES,
  RULE_KINDS,
  WHOLE_DAYS_NOTE,
  WINDOW_UNITS,
  type AlertRule,
  type RuleKind,
} from '../../../shared/alerts';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { bumpAlerts } from './alertsVersion';
import { FormRow } from './FormRow';
import { RuleKindFields } from './RuleKindFields';
import { checkForm, formOfRule, NEW_RULE, type FormField, type RuleForm } from './ruleForm';
import { ScopeFields } from './ScopeFields';

const KIND_HINTS: Readonly<Record<RuleKind, string>> = {
  threshold: 'At least N incidents in the window.',
  surge: 'The window against the windows of equal length before it.',
  yoy: 'The window against the same dates a year earlier.',
  trend: 'A straight line through the recent windows that reaches a threshold soon.',
  watchlist: 'Any new incident whose asset, addresses or text match a watched term.',
};

interface Props {
  /** The rule to edit; null for a new one. */
  rule: AlertRule | null;
  onDone: () => void;
}

export function RuleEditor({ rule, onDone }: Props) {
  const [form, setForm] = useState<RuleForm>(() => (rule === null ? NEW_RULE : formOfRule(rule)));
  const [tried, setTried] = useState(false);
  const save = useAction('alerts.saveRule');
  const checked = checkForm(form);
  const problems = tried ? checked.problems : {};

  const change = (next: Partial<RuleForm>): void => {
    setForm((f) => ({ ...f, ...next }));
  };
  const changeField = (field: FormField, value: string): void => {
    change({ [field]: value });
  };
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    setTried(true);
    if (checked.draft === null) return;
    void save.run({ ...(rule === null ? {} : { id: rule.id }), rule: checked.draft }).then((result) => {
      if (!result.ok) return;
      bumpAlerts();
      onDone();
    });
  };

  return (
    <form
      className="panel rule-editor"
      onSubmit={submit}
      noValidate
      data-testid="rule-editor"
      aria-label={rule === null ? 'New rule' : `Edit ${rule.name}`}
    >
      <h2 className="panel-title">{rule === null ? 'New rule' : `Edit “${rule.name}”`}</h2>
      <FormRow label="Name" htmlFor="rule-name" problem={problems.name}>
        <input
          id="rule-name"
          className="text-input rule-name"
          value={form.name}
          onChange={(e) => {
            change({ name: e.target.value });
          }}
          data-testid="rule-name"
        />
      </FormRow>
      <FormRow label="Kind" htmlFor="rule-kind" hint={KIND_HINTS[form.kind]}>
        <select
          id="rule-kind"
          className="text-input select"
          value={form.kind}
          onChange={(e) => {
            change({ kind: e.target.value as RuleKind });
          }}
          data-testid="rule-kind"
        >
          {RULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {RULE_KIND_NAMES[kind]}
            </option>
          ))}
        </select>
      </FormRow>
      <ScopeFields form={form} problems={problems} onChange={change} />
      <FormRow
        label="Window"
        htmlFor="rule-windowLength"
        hint={WHOLE_DAYS_NOTE}
        problem={problems.windowLength}
      >
        <div className="rule-inline">
          <input
            id="rule-windowLength"
            className="text-input rule-number"
            type="number"
            min="1"
            value={form.windowLength}
            onChange={(e) => {
              change({ windowLength: e.target.value });
            }}
            data-testid="rule-windowLength"
          />
          <select
            className="text-input select"
            aria-label="Window unit"
            value={form.windowUnit}
            onChange={(e) => {
              change({ windowUnit: e.target.value as RuleForm['windowUnit'] });
            }}
            data-testid="rule-windowUnit"
          >
            {WINDOW_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </div>
      </FormRow>
      <RuleKindFields form={form} problems={problems} onChange={changeField} />
      <FormRow label="Enabled" htmlFor="rule-enabled">
        <input
          id="rule-enabled"
          type="checkbox"
          checked={form.enabled}
          onChange={(e) => {
            change({ enabled: e.target.checked });
          }}
        />
      </FormRow>
      {save.error === null ? null : <ErrorNotice error={save.error} context="The rule was not saved." />}
      <div className="panel-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={save.running}
          data-testid="rule-save"
        >
          Save rule
        </button>
      </div>
    </form>
  );
}
