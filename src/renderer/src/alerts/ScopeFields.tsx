import { SCOPE_DIMENSIONS, SCOPE_NOTE, type ScopeDimension } from '../../../shared/alerts';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '../../../shared/taxonomy';
import { FormRow } from './FormRow';
import type { FormField, RuleForm } from './ruleForm';

interface Props {
  form: RuleForm;
  problems: Partial<Record<FormField, string>>;
  onChange: (next: Partial<RuleForm>) => void;
}

/** What a rule counts: some categories (all when none is ticked) and at most one dimension's value. */
export function ScopeFields({ form, problems, onChange }: Props) {
  const toggle = (code: CategoryCode, on: boolean): void => {
    const wanted = new Set(form.categories);
    if (on) wanted.add(code);
    else wanted.delete(code);
    onChange({ categories: CATEGORY_CODES.filter((c) => wanted.has(c)) });
  };
  return (
    <>
      <FormRow
        label="Categories"
        htmlFor="rule-categories"
        hint="None ticked: all incidents."
        problem={problems.categories}
      >
        <div id="rule-categories" className="rule-categories" role="group" aria-label="Categories">
          {CATEGORY_CODES.map((code) => (
            <label key={code} className="rule-category">
              <input
                type="checkbox"
                checked={form.categories.includes(code)}
                onChange={(e) => {
                  toggle(code, e.target.checked);
                }}
                data-testid={`rule-category-${code}`}
              />
              {CATEGORIES[code].en}
            </label>
          ))}
        </div>
      </FormRow>
      <FormRow label="Only where" htmlFor="rule-dim" hint={SCOPE_NOTE} problem={problems.dimValue}>
        <div className="rule-inline">
          <select
            id="rule-dim"
            className="text-input select"
            value={form.dim}
            onChange={(e) => {
              onChange({ dim: e.target.value as ScopeDimension | '' });
            }}
            data-testid="rule-dim"
          >
            <option value="">(any)</option>
            {SCOPE_DIMENSIONS.map((dim) => (
              <option key={dim} value={dim}>
                {dim}
              </option>
            ))}
          </select>
          {form.dim === '' ? null : (
            <input
              className="text-input"
              aria-label={`${form.dim} is`}
              placeholder="value (blank: not given)"
              value={form.dimValue}
              onChange={(e) => {
                onChange({ dimValue: e.target.value });
              }}
              data-testid="rule-dim-value"
            />
          )}
        </div>
      </FormRow>
    </>
  );
}
