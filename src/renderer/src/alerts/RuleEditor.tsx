// Adding or editing a rule: its name, kind, scope, window and parameters, each checked as typed once
// a save has been tried, with the schema the main process applies, so what it would refuse is said
// beside the field rather than after the round trip.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RULE_KINDS, WINDOW_UNITS, type AlertRule } from '../../../shared/alerts';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { currentLanguage } from '../i18n/instance';
import { bumpAlerts } from './alertsVersion';
import { ruleName } from './alertWords';
import { describedBy, FormRow } from './FormRow';
import { RuleKindFields } from './RuleKindFields';
import { checkForm, formOfRule, NEW_RULE, type FormField, type RuleForm } from './ruleForm';
import { ScopeFields } from './ScopeFields';

interface Props {
  /** The rule to edit; null for a new one. */
  rule: AlertRule | null;
  onDone: () => void;
}

export function RuleEditor({ rule, onDone }: Props) {
  const { t } = useTranslation(['alerts', 'common']);
  const [form, setForm] = useState<RuleForm>(() => (rule === null ? NEW_RULE : formOfRule(rule)));
  const [tried, setTried] = useState(false);
  const save = useAction('alerts.saveRule');
  const checked = checkForm(form, currentLanguage());
  const problems = tried ? checked.problems : {};
  const name = rule === null ? '' : ruleName(rule.name);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The editor opens below the list's button: take the keyboard to its first field.
    nameInput.current?.focus();
  }, []);

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
      aria-label={rule === null ? t('editor.newRule') : t('editor.editLabel', { name })}
    >
      <h2 className="panel-title">{rule === null ? t('editor.newRule') : t('editor.editTitle', { name })}</h2>
      <FormRow label={t('editor.name')} htmlFor="rule-name" problem={problems.name}>
        <input
          ref={nameInput}
          id="rule-name"
          className="text-input rule-name"
          value={form.name}
          aria-invalid={problems.name !== undefined}
          aria-describedby={describedBy('rule-name', false, problems.name !== undefined)}
          onChange={(e) => {
            change({ name: e.target.value });
          }}
          data-testid="rule-name"
        />
      </FormRow>
      <FormRow label={t('editor.kind')} htmlFor="rule-kind" hint={t(`kindHints.${form.kind}`)}>
        <select
          id="rule-kind"
          className="text-input select"
          value={form.kind}
          aria-describedby="rule-kind-hint"
          onChange={(e) => {
            const kind = RULE_KINDS.find((k) => k === e.target.value);
            if (kind !== undefined) change({ kind });
          }}
          data-testid="rule-kind"
        >
          {RULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </FormRow>
      <ScopeFields form={form} problems={problems} onChange={change} />
      <FormRow
        label={t('editor.window')}
        htmlFor="rule-windowLength"
        hint={t('notes.wholeDays')}
        problem={problems.windowLength}
      >
        <div className="rule-inline">
          <input
            id="rule-windowLength"
            className="text-input rule-number"
            type="number"
            min="1"
            value={form.windowLength}
            aria-invalid={problems.windowLength !== undefined}
            aria-describedby={describedBy('rule-windowLength', true, problems.windowLength !== undefined)}
            onChange={(e) => {
              change({ windowLength: e.target.value });
            }}
            data-testid="rule-windowLength"
          />
          <select
            className="text-input select"
            aria-label={t('editor.windowUnit')}
            value={form.windowUnit}
            onChange={(e) => {
              const unit = WINDOW_UNITS.find((u) => u === e.target.value);
              if (unit !== undefined) change({ windowUnit: unit });
            }}
            data-testid="rule-windowUnit"
          >
            {WINDOW_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(`units.${unit}`)}
              </option>
            ))}
          </select>
        </div>
      </FormRow>
      <RuleKindFields form={form} problems={problems} onChange={changeField} />
      <FormRow label={t('editor.enabled')} htmlFor="rule-enabled">
        <input
          id="rule-enabled"
          type="checkbox"
          checked={form.enabled}
          onChange={(e) => {
            change({ enabled: e.target.checked });
          }}
        />
      </FormRow>
      {save.error === null ? null : <ErrorNotice error={save.error} context={t('editor.notSaved')} />}
      <div className="panel-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={save.running}
          data-testid="rule-save"
        >
          {t('editor.save')}
        </button>
      </div>
    </form>
  );
}
