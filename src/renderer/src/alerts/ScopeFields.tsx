import { useTranslation } from 'react-i18next';
import { SCOPE_DIMENSIONS } from '../../../shared/alerts';
import { categoryName } from '../../../shared/i18n/format';
import { CATEGORY_CODES, type CategoryCode } from '../../../shared/taxonomy';
import { currentLanguage } from '../i18n/instance';
import { describedBy, FormRow } from './FormRow';
import type { FormField, RuleForm } from './ruleForm';

interface Props {
  form: RuleForm;
  problems: Partial<Record<FormField, string>>;
  onChange: (next: Partial<RuleForm>) => void;
}

/** What a rule counts: some categories (all when none is ticked) and at most one dimension's value. */
export function ScopeFields({ form, problems, onChange }: Props) {
  const { t } = useTranslation('alerts');
  const language = currentLanguage();
  const toggle = (code: CategoryCode, on: boolean): void => {
    const wanted = new Set(form.categories);
    if (on) wanted.add(code);
    else wanted.delete(code);
    onChange({ categories: CATEGORY_CODES.filter((c) => wanted.has(c)) });
  };
  const dimProblem = problems.dimValue !== undefined;
  return (
    <>
      <FormRow
        label={t('editor.categories')}
        htmlFor="rule-categories"
        hint={t('editor.categoriesHint')}
        problem={problems.categories}
      >
        <div
          id="rule-categories"
          className="rule-categories"
          role="group"
          aria-labelledby="rule-categories-label"
          aria-describedby={describedBy('rule-categories', true, problems.categories !== undefined)}
        >
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
              {categoryName(code, language)}
            </label>
          ))}
        </div>
      </FormRow>
      <FormRow
        label={t('editor.onlyWhere')}
        htmlFor="rule-dim"
        hint={t('notes.scope')}
        problem={problems.dimValue}
      >
        <div className="rule-inline">
          <select
            id="rule-dim"
            className="text-input select"
            value={form.dim}
            aria-describedby={describedBy('rule-dim', true, dimProblem)}
            onChange={(e) => {
              const dim = SCOPE_DIMENSIONS.find((d) => d === e.target.value);
              onChange({ dim: dim ?? '' });
            }}
            data-testid="rule-dim"
          >
            <option value="">{t('editor.anyDimension')}</option>
            {SCOPE_DIMENSIONS.map((dim) => (
              <option key={dim} value={dim}>
                {t(`scope.dims.${dim}`)}
              </option>
            ))}
          </select>
          {form.dim === '' ? null : (
            <input
              className="text-input"
              aria-label={t('editor.dimIs', { dim: t(`scope.dims.${form.dim}`) })}
              aria-invalid={dimProblem}
              aria-describedby={dimProblem ? 'rule-dim-problem' : undefined}
              placeholder={t('editor.dimValuePlaceholder')}
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
