// The rule editor's fields: a valid form is the draft the main process stores; each problem the
// schema finds is put beside the field it belongs to, in words a person understands.
import { describe, expect, it } from 'vitest';
import { WHOLE_DAYS_NOTE } from '../../../src/shared/alerts';
import { checkForm, formOfRule, NEW_RULE } from '../../../src/renderer/src/alerts/ruleForm';

describe('the rule form', () => {
  it('turns a filled form into a draft, and a draft back into the same form', () => {
    const form = {
      ...NEW_RULE,
      name: 'Phishing in Beijing',
      categories: ['phishing' as const],
      dim: 'region' as const,
      dimValue: ' Beijing ',
    };
    const { draft, problems } = checkForm(form);
    expect(problems).toEqual({});
    expect(draft).toEqual({
      name: 'Phishing in Beijing',
      enabled: true,
      scope: { categories: ['phishing'], dimension: { dim: 'region', value: 'Beijing' } },
      params: {
        kind: 'surge',
        window: { length: 7, unit: 'days' },
        baselineWindows: 8,
        sigmas: 3,
        minCount: 10,
        alpha: 0.001,
      },
    });
    expect(formOfRule(draft!)).toEqual({ ...form, dimValue: 'Beijing' });
    const watch = checkForm({
      ...NEW_RULE,
      name: 'w',
      kind: 'watchlist',
      terms: '.gov.cn\n\n 10.0.0.0/8 \n',
    });
    expect(watch.draft?.params).toEqual({
      kind: 'watchlist',
      window: { length: 7, unit: 'days' },
      terms: ['.gov.cn', '10.0.0.0/8'],
    });
  });

  it('puts each problem beside its field', () => {
    const { draft, problems } = checkForm({
      ...NEW_RULE,
      name: '',
      windowLength: '0',
      minCount: '-2',
      sigmas: '',
    });
    expect(draft).toBeNull();
    expect(problems).toEqual({
      name: 'Give the rule a name',
      windowLength: 'A window cannot be empty: give it at least 1 day',
      minCount: 'The minimum count cannot be negative',
      sigmas: 'σ: enter a number',
    });
    expect(checkForm({ ...NEW_RULE, name: 'x', windowLength: '36', windowUnit: 'hours' }).problems).toEqual({
      windowLength: `36 hours is not a whole number of days. ${WHOLE_DAYS_NOTE}`,
    });
    expect(checkForm({ ...NEW_RULE, name: 'x', kind: 'threshold', atLeast: '2.5' }).problems).toEqual({
      atLeast: 'The threshold must be a whole number',
    });
    expect(
      checkForm({ ...NEW_RULE, name: 'x', kind: 'watchlist', terms: 'ok\n10.0.0.0/99' }).problems.terms,
    ).toMatch(/"10\.0\.0\.0\/99" is not an IPv4/);
  });
});
