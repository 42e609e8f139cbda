// The rule editor's fields as typed (numbers as text, terms one per line), turned into a rule draft
// and checked by the same schema the main process checks it by, each problem put beside its field.
import {
  ruleDraftSchemaIn,
  type RuleDraft,
  type RuleKind,
  type ScopeDimension,
  type WindowUnit,
} from '../../../shared/alerts';
import type { Language } from '../../../shared/i18n/languages';
import type { CategoryCode } from '../../../shared/taxonomy';

export interface RuleForm {
  name: string;
  enabled: boolean;
  kind: RuleKind;
  categories: CategoryCode[];
  dim: ScopeDimension | '';
  dimValue: string;
  windowLength: string;
  windowUnit: WindowUnit;
  atLeast: string;
  baselineWindows: string;
  sigmas: string;
  minCount: string;
  alpha: string;
  minPct: string;
  windows: string;
  horizon: string;
  threshold: string;
  /** One term per line. */
  terms: string;
}

export type FormField = keyof RuleForm;

/** A new rule starts as the surge rules Vigil ships, with every field of the other kinds filled too. */
export const NEW_RULE: RuleForm = {
  name: '',
  enabled: true,
  kind: 'surge',
  categories: [],
  dim: '',
  dimValue: '',
  windowLength: '7',
  windowUnit: 'days',
  atLeast: '100',
  baselineWindows: '8',
  sigmas: '3',
  minCount: '10',
  alpha: '0.001',
  minPct: '50',
  windows: '8',
  horizon: '2',
  threshold: '100',
  terms: '',
};

export function formOfRule(rule: RuleDraft): RuleForm {
  const p = rule.params;
  const form: RuleForm = {
    ...NEW_RULE,
    name: rule.name,
    enabled: rule.enabled,
    kind: p.kind,
    categories: [...rule.scope.categories],
    dim: rule.scope.dimension?.dim ?? '',
    dimValue: rule.scope.dimension?.value ?? '',
    windowLength: String(p.window.length),
    windowUnit: p.window.unit,
  };
  switch (p.kind) {
    case 'threshold':
      return { ...form, atLeast: String(p.atLeast) };
    case 'surge':
      return {
        ...form,
        baselineWindows: String(p.baselineWindows),
        sigmas: String(p.sigmas),
        minCount: String(p.minCount),
        alpha: String(p.alpha),
      };
    case 'yoy':
      return { ...form, minPct: String(p.minPct), minCount: String(p.minCount) };
    case 'trend':
      return {
        ...form,
        windows: String(p.windows),
        horizon: String(p.horizon),
        threshold: String(p.threshold),
      };
    case 'watchlist':
      return { ...form, terms: p.terms.join('\n') };
  }
}

/** Text as a number; blank is NaN, which the schema refuses with "enter a number". */
function num(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function paramsOf(form: RuleForm): Record<string, unknown> {
  const window = { length: num(form.windowLength), unit: form.windowUnit };
  switch (form.kind) {
    case 'threshold':
      return { kind: form.kind, window, atLeast: num(form.atLeast) };
    case 'surge':
      return {
        kind: form.kind,
        window,
        baselineWindows: num(form.baselineWindows),
        sigmas: num(form.sigmas),
        minCount: num(form.minCount),
        alpha: num(form.alpha),
      };
    case 'yoy':
      return { kind: form.kind, window, minPct: num(form.minPct), minCount: num(form.minCount) };
    case 'trend':
      return {
        kind: form.kind,
        window,
        windows: num(form.windows),
        horizon: num(form.horizon),
        threshold: num(form.threshold),
      };
    case 'watchlist':
      return {
        kind: form.kind,
        window,
        terms: form.terms
          .split('\n')
          .map((t) => t.trim())
          .filter((t) => t !== ''),
      };
  }
}

/** The field a schema issue belongs to, by its path in the draft. */
function fieldOf(path: readonly PropertyKey[]): FormField {
  const [top, second, third] = path;
  if (top === 'name') return 'name';
  if (top === 'scope') return second === 'categories' ? 'categories' : 'dimValue';
  if (second === 'window') return third === 'unit' ? 'windowUnit' : 'windowLength';
  if (second === 'terms') return 'terms';
  return typeof second === 'string' && second in NEW_RULE ? (second as FormField) : 'name';
}

export interface CheckedForm {
  draft: RuleDraft | null;
  /** The first problem of each field, in words. */
  problems: Partial<Record<FormField, string>>;
}

/** The form checked, its problems in `language` (the window's). */
export function checkForm(form: RuleForm, language: Language = 'en'): CheckedForm {
  const parsed = ruleDraftSchemaIn(language).safeParse({
    name: form.name,
    enabled: form.enabled,
    scope: {
      categories: form.categories,
      dimension: form.dim === '' ? null : { dim: form.dim, value: form.dimValue.trim() },
    },
    params: paramsOf(form),
  });
  if (parsed.success) return { draft: parsed.data, problems: {} };
  const problems: Partial<Record<FormField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    problems[field] ??= issue.message;
  }
  return { draft: null, problems };
}
