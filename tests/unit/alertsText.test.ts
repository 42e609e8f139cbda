// An alert's sentence is kept as a catalog message and written in the reader's language: the English
// is word for word the sentence Vigil has always stored, and the Chinese says the same with Chinese
// dates, category names and punctuation, for every kind of rule. The rule editor's words and problems
// follow the language too.
import { describe, expect, it } from 'vitest';
import { matchesMessage, verdictMessage, withFoundBefore } from '../../src/main/alerts/explain';
import type { Verdict } from '../../src/main/alerts/verdict';
import { ruleDraftSchemaIn, scopeText, type RuleScope } from '../../src/shared/alerts';
import { paramsText, ruleNameText, windowText } from '../../src/shared/alertRuleText';
import { alertSubject, alertText } from '../../src/shared/alertText';
import { parseWatchTerm } from '../../src/shared/alertTerms';

const PHISHING: RuleScope = { categories: ['phishing'], dimension: null };
const WEEK = { from: '2016-09-24', to: '2016-09-30' };

function both(verdict: Verdict, days = 7, scope = PHISHING): [string, string] {
  const message = verdictMessage(scope, verdict, days);
  return [alertText(message, 'en'), alertText(message, 'zh')];
}

describe('alert sentences', () => {
  it('threshold', () => {
    const verdict: Verdict = {
      fires: true,
      window: WEEK,
      count: 1204,
      baseline: null,
      level: 1000,
      reason: { kind: 'threshold', atLeast: 1000 },
    };
    expect(both(verdict)).toEqual([
      'phishing: 1,204 incidents in the 7 days to 30 Sep 2016, at or above the threshold of 1,000',
      '网页仿冒：截至2016年9月30日的 7 天内共 1,204 起事件，达到或超过阈值 1,000',
    ]);
  });

  it('surge, by σ and by the Poisson test', () => {
    const common = { kind: 'surge', windows: 8, windowDays: 7 } as const;
    const sigma: Verdict = {
      fires: true,
      window: WEEK,
      count: 412,
      baseline: 180,
      level: 255,
      reason: { ...common, test: 'sigma', mean: 180, sigma: 25, pValue: null },
    };
    expect(both(sigma)).toEqual([
      'phishing: 412 incidents in the 7 days to 30 Sep 2016, 2.3x the 8-week average of 180 ± 25',
      '网页仿冒：截至2016年9月30日的 7 天内共 412 起事件，为前 8 周平均值 180 ± 25 的 2.3 倍',
    ]);
    const poisson: Verdict = {
      fires: true,
      window: WEEK,
      count: 9,
      baseline: 1.4,
      level: 7,
      reason: { ...common, test: 'poisson', mean: 1.375, sigma: 1.2, pValue: 0.00042 },
    };
    expect(both(poisson)).toEqual([
      'phishing: 9 incidents in the 7 days to 30 Sep 2016, against the 8-week average of 1.4 (as many by chance: p = 0.00042)',
      '网页仿冒：截至2016年9月30日的 7 天内共 9 起事件，前 8 周平均值为 1.4（偶然出现如此之多的概率：p = 0.00042）',
    ]);
  });

  it('year on year, with and without a year earlier to compare with', () => {
    const month = { from: '2016-09-01', to: '2016-09-30' };
    const comparison = { from: '2015-09-01', to: '2015-09-30' };
    const up: Verdict = {
      fires: true,
      window: month,
      count: 140,
      baseline: 60,
      level: 90,
      reason: { kind: 'yoy', comparison, previous: 60, pct: 133.3 },
    };
    const everything: RuleScope = { categories: [], dimension: null };
    expect(both(up, 30, everything)).toEqual([
      'all incidents: 140 incidents in the 30 days to 30 Sep 2016, up 133.3% on the same days a year earlier (60)',
      '全部事件：截至2016年9月30日的 30 天内共 140 起事件，比去年同期（60 起）上升 133.3%',
    ]);
    const none: Verdict = {
      ...up,
      fires: false,
      reason: { kind: 'yoy', comparison, previous: 0, pct: null },
    };
    expect(both(none, 30, everything)[1]).toBe(
      '全部事件：截至2016年9月30日的 30 天内共 140 起事件，去年同期没有事件',
    );
  });

  it('trend', () => {
    const verdict: Verdict = {
      fires: true,
      window: WEEK,
      count: 80,
      baseline: 80,
      level: 100,
      reason: {
        kind: 'trend',
        windows: 8,
        windowDays: 7,
        slope: 10,
        fitted: 80,
        threshold: 100,
        crossesIn: 2,
      },
    };
    const scope: RuleScope = {
      categories: ['ddos', 'botnet_c2'],
      dimension: { dim: 'region', value: '北京' },
    };
    expect(both(verdict, 7, scope)).toEqual([
      'ddos, botnet_c2 · region 北京: 80 incidents in the 7 days to 30 Sep 2016, rising by about 10 a week ' +
        'over the last 8 weeks; at that pace 100 a week within 2 weeks',
      '拒绝服务攻击、控制端（地区：北京）：截至2016年9月30日的 7 天内共 80 起事件，近 8 周呈上升趋势，' +
        '每周约增加 10 起；按此速度，2 周内将达到每周 100 起',
    ]);
  });

  it('a window of one day, and a store without the history to judge', () => {
    const day = { from: '2016-09-30', to: '2016-09-30' };
    const verdict: Verdict = {
      fires: false,
      window: day,
      count: 1,
      baseline: null,
      level: null,
      reason: { kind: 'no_history', since: '2016-08-01' },
    };
    expect(both(verdict, 1)).toEqual([
      'phishing: 1 incident on 30 Sep 2016, not judged: the store holds no incidents before 1 Aug 2016',
      '网页仿冒：2016年9月30日当天共 1 起事件，未判定：数据库中没有2016年8月1日之前的事件',
    ]);
  });

  it('watchlist, over a window and over newly stored incidents', () => {
    const window = matchesMessage('.gov.cn', 3, { days: 7, windowEnd: '2016-09-30' }, [
      'www.moe.gov.cn',
      'a.gov.cn',
    ]);
    expect(alertText(window, 'en')).toBe(
      '.gov.cn: 3 incidents in the 7 days to 30 Sep 2016 match (www.moe.gov.cn, a.gov.cn)',
    );
    expect(alertText(window, 'zh')).toBe(
      '.gov.cn：截至2016年9月30日的 7 天内有 3 起事件匹配（www.moe.gov.cn、a.gov.cn）',
    );
    const stored = withFoundBefore(
      matchesMessage('10.0.0.0/8', 1, { from: '2016-09-01', to: '2016-09-30' }, []),
      2,
    );
    expect(alertText(stored, 'en')).toBe(
      '10.0.0.0/8: 1 incident newly stored (occurred 1 – 30 September 2016) matches; 2 found before',
    );
    expect(alertText(stored, 'zh')).toBe(
      '10.0.0.0/8：新入库的事件中（发生于2016年9月1日至30日）有 1 起事件匹配；此前已发现 2 起',
    );
  });

  it('writes what an alert counted in the language, from the scope it had when it fired', () => {
    const verdict: Verdict = {
      fires: true,
      window: WEEK,
      count: 12,
      baseline: null,
      level: 10,
      reason: { kind: 'threshold', atLeast: 10 },
    };
    const scope: RuleScope = { categories: ['phishing'], dimension: { dim: 'sector', value: '' } };
    const alert = {
      subject: scopeText(scope),
      kind: 'threshold',
      explanation: verdictMessage(scope, verdict, 7),
    };
    expect(alertSubject(alert, 'en')).toBe('phishing · sector (not given)');
    expect(alertSubject(alert, 'zh')).toBe('网页仿冒（行业：（未填写））');
    expect(alertSubject({ subject: '.gov.cn', kind: 'watchlist' }, 'zh')).toBe('.gov.cn');
  });
});

describe('rules in words', () => {
  const surge = {
    kind: 'surge',
    window: { length: 7, unit: 'days' },
    baselineWindows: 8,
    sigmas: 3,
    minCount: 10,
    alpha: 0.001,
  } as const;

  it("says a rule's window and parameters in either language", () => {
    expect(windowText({ length: 2, unit: 'weeks' })).toBe('2 weeks');
    expect(windowText({ length: 48, unit: 'hours' }, 'zh')).toBe('2 天');
    expect(paramsText(surge)).toBe(
      'at mean + 3σ of the 8 windows before (Poisson p < 0.001 below a mean of 10); at least 10',
    );
    expect(paramsText(surge, 'zh')).toBe(
      '达到之前 8 个时间窗的均值 + 3σ（均值低于 10 时用泊松检验，p < 0.001）；至少 10 起',
    );
    expect(paramsText({ kind: 'threshold', window: surge.window, atLeast: 30 })).toBe(
      'at least 30 incidents',
    );
    expect(paramsText({ kind: 'watchlist', window: surge.window, terms: ['.gov.cn', 'Emotet'] }, 'zh')).toBe(
      '关注：.gov.cn、Emotet',
    );
  });

  it("names the rules Vigil ships in the reader's language, and leaves an analyst's names alone", () => {
    expect(ruleNameText('Surge: phishing', 'zh')).toBe('激增：网页仿冒');
    expect(ruleNameText('Month on the year before', 'zh')).toBe('月度同比');
    expect(ruleNameText('Surge: phishing', 'en')).toBe('Surge: phishing');
    expect(ruleNameText('Busy phishing', 'zh')).toBe('Busy phishing');
  });

  it('refuses a rule with problems in the language asked for', () => {
    const parsed = ruleDraftSchemaIn('zh').safeParse({
      name: ' ',
      scope: { categories: [], dimension: null },
      params: { ...surge, window: { length: 36, unit: 'hours' }, minCount: -1 },
    });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      '请为规则命名',
      '36 小时不是整天数。事件按天（UTC 日期）计数，因此时间窗为整天。',
      '最低数量不能为负数',
    ]);
    expect(parseWatchTerm('10.0.0.0/33', 'zh')).toEqual({
      error: '“10.0.0.0/33”不是 IPv4 地址或地址段：请写成 10.0.0.0/8 或 192.0.2.7。',
    });
  });
});
