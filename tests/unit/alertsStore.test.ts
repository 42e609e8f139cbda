// Rules and alerts on a real store: the rules migration 0009 ships, evaluation as of a date from the
// aggregate tables alone (the counts below exist only there), reproducible; each alert stored once,
// its status kept across evaluations, snoozes carried to the next windows, alerts resolved by the data
// when it changes; a scope of one dimension value; a backtest; watchlists over real imported incidents.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlertRule, RuleDraft } from '../../src/shared/alerts';
import { addDays } from '../../src/shared/period';
import { countNewAlerts, listAlerts, setAlertStatus } from '../../src/main/alerts/alertStore';
import { backtest } from '../../src/main/alerts/backtest';
import { evaluateRules } from '../../src/main/alerts/evaluate';
import { listRules, ruleByName, saveRule } from '../../src/main/alerts/ruleStore';
import { evaluateAndRecord } from '../../src/main/alerts/runEvaluation';
import { importFile } from '../../src/main/import/importFile';
import { openStore, type Store } from '../../src/main/store/open';
import { addAggregateCell } from './helpers/aggregates';
import { tempDir, tempFile } from './helpers/temp';

const NOW = '2016-10-01T08:00:00.000Z';
let db: Store | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

function open(): Store {
  db = openStore(join(tempDir(), 'vigil.db'));
  return db;
}

/** 20 phishing and 30 malware a day from 1 July, and 60 phishing a day from 24 to 30 September. */
function withSurge(store: Database): void {
  store.transaction(() => {
    for (let day = '2016-07-01'; day <= '2016-09-30'; day = addDays(day, 1)) {
      const surge = day >= '2016-09-24';
      const region = surge ? 'Beijing' : 'Tianjin';
      addAggregateCell(store, { day, category: 'phishing', region, n: surge ? 60 : 20 });
      addAggregateCell(store, { day, category: 'malware', region: 'Beijing', n: 30 });
    }
  })();
}

function rule(store: Database, name: string): AlertRule {
  const found = ruleByName(store, name);
  if (found === null) throw new Error(`no rule ${name}`);
  return found;
}

describe('alert rules in the store', () => {
  it('ship a surge rule per category and a monthly year-on-year rule, all enabled and valid', () => {
    const rules = listRules(open());
    expect(rules.filter((r) => r.params.kind === 'surge').map((r) => r.scope.categories)).toHaveLength(15);
    expect(rule(db!, 'Surge: phishing')).toMatchObject({
      enabled: true,
      scope: { categories: ['phishing'], dimension: null },
      params: { window: { length: 7, unit: 'days' }, baselineWindows: 8 },
    });
    expect(rules.find((r) => r.params.kind === 'yoy')).toMatchObject({
      enabled: true,
      scope: { categories: [] },
    });
    expect(rules.every((r) => r.enabled)).toBe(true);
  });

  it('evaluates as of a date from the aggregates alone, the same way every time', () => {
    const store = open();
    withSurge(store);
    const rules = listRules(store);
    const fired = evaluateRules(store, rules, '2016-09-30');
    expect(fired).toEqual([
      {
        ruleId: rule(store, 'Surge: phishing').id,
        rule: 'Surge: phishing',
        kind: 'surge',
        category: 'phishing',
        subject: 'phishing',
        windowStart: '2016-09-24',
        windowEnd: '2016-09-30',
        count: 420,
        baseline: 140,
        message: 'phishing: 420 incidents in the 7 days to 30 Sep 2016, 3.0x the 8-week average of 140 ± 12',
        explanation: {
          key: 'alerts:sentence.surge',
          params: {
            categories: 'phishing',
            count: 420,
            days: 7,
            windowEnd: '2016-09-30',
            windows: 8,
            mean: 140,
            sigma: Math.sqrt(140),
          },
        },
        link: '#/incidents?category=phishing&from=2016-09-24&to=2016-09-30',
      },
    ]);
    expect(evaluateRules(store, rules, '2016-09-30')).toEqual(fired);
    expect(evaluateRules(store, rules, '2016-09-23')).toEqual([]);
  });

  it('stores each alert once, keeps its status, snoozes the next windows and resolves what no longer fires', () => {
    const store = open();
    withSurge(store);
    expect(evaluateAndRecord(store, '2016-09-30', NOW, 'window').added).toBe(1);
    expect(evaluateAndRecord(store, '2016-09-30', NOW, 'window').added).toBe(0);
    const [alert] = listAlerts(store, 'all', 100, '2016-10-01');
    expect(alert).toMatchObject({ status: 'new', firstFiredAt: NOW, scope: 'phishing', count: 420 });
    expect(countNewAlerts(store, '2016-10-01')).toBe(1);

    setAlertStatus(store, [alert!.id], 'snoozed', '2016-10-03', NOW);
    expect(countNewAlerts(store, '2016-10-01')).toBe(0);
    // The surge is still in the window a day later: a new alert, snoozed like the first.
    for (const day of ['2016-10-01']) addAggregateCell(store, { day, category: 'phishing', n: 60 });
    expect(evaluateAndRecord(store, '2016-10-01', NOW, 'window').added).toBe(1);
    expect(listAlerts(store, 'snoozed', 100, '2016-10-01').map((a) => a.windowEnd)).toEqual([
      '2016-10-01',
      '2016-09-30',
    ]);
    expect(countNewAlerts(store, '2016-10-03')).toBe(0);
    // Once the snooze is over they are new again.
    expect(countNewAlerts(store, '2016-10-04')).toBe(2);

    setAlertStatus(store, [alert!.id], 'new', null, NOW);
    // The surge goes (an import undone): the alert of that window is resolved by the data...
    store
      .prepare("UPDATE agg_day_category SET n = 20 WHERE category = 'phishing' AND day >= '2016-09-24'")
      .run();
    evaluateAndRecord(store, '2016-09-30', NOW, 'window');
    expect(listAlerts(store, 'all', 100, '2016-10-01').find((a) => a.id === alert!.id)?.status).toBe(
      'resolved',
    );
    // ...and new again when it comes back.
    store
      .prepare("UPDATE agg_day_category SET n = 60 WHERE category = 'phishing' AND day >= '2016-09-24'")
      .run();
    evaluateAndRecord(store, '2016-09-30', NOW, 'window');
    expect(listAlerts(store, 'all', 100, '2016-10-01').find((a) => a.id === alert!.id)?.status).toBe('new');
    expect(store.prepare('SELECT count(*) AS n FROM alerts').get()).toEqual({ n: 2 });
  });

  it('narrows to one value of one dimension', () => {
    const store = open();
    withSurge(store);
    const draft: RuleDraft = {
      name: 'Phishing in Beijing',
      enabled: true,
      scope: { categories: ['phishing'], dimension: { dim: 'region', value: 'Beijing' } },
      params: { kind: 'threshold', window: { length: 1, unit: 'weeks' }, atLeast: 400 },
    };
    const saved = saveRule(store, undefined, draft, NOW);
    const everywhere = saveRule(
      store,
      undefined,
      { ...draft, name: 'Anything in Beijing', scope: { categories: [], dimension: draft.scope.dimension } },
      NOW,
    );
    const [beijing] = evaluateRules(store, [saved], '2016-09-30');
    expect(beijing).toMatchObject({
      count: 420,
      subject: 'phishing · region Beijing',
      link: '#/incidents?category=phishing&region=Beijing&from=2016-09-24&to=2016-09-30',
    });
    // Six days of 60 in Beijing: 360, under the threshold.
    expect(evaluateRules(store, [saved], '2016-09-29')).toEqual([]);
    expect(evaluateRules(store, [everywhere], '2016-09-30')).toMatchObject([{ count: 420 + 7 * 30 }]);
  });

  it('backtests a rule day by day over a past period', () => {
    const store = open();
    withSurge(store);
    const result = backtest(store, rule(store, 'Surge: phishing'), { from: '2016-09-20', to: '2016-09-30' });
    expect(result.days).toHaveLength(11);
    expect(result.counts.slice(0, 4)).toEqual([140, 140, 140, 140]);
    expect(result.counts.at(-1)).toBe(420);
    // The level the count must reach: mean + 3σ, σ at least √mean.
    expect(result.levels[0]).toBeCloseTo(140 + 3 * Math.sqrt(140), 1);
    // One day of the surge already takes the week to 180, over 140 + 3 × √140 ≈ 175.5.
    expect(result.counts[4]).toBe(180);
    expect(result.fired.map((a) => a.windowEnd)).toEqual(result.days.filter((d) => d >= '2016-09-24'));
  });
});

describe('watchlists', () => {
  const header = 'external_id,occurred_at,category,asset,attacker_ip,title';
  const csv = (rows: string[]): string => `${header}\n${rows.join('\n')}\n`;
  const watch = (name: string, terms: string[]): RuleDraft => ({
    name,
    enabled: true,
    scope: { categories: [], dimension: null },
    params: { kind: 'watchlist', window: { length: 7, unit: 'days' }, terms },
  });

  it('look at incidents in a window as of a date, and at newly stored ones after an import', async () => {
    const store = open();
    await importFile(store, {
      path: tempFile(
        'a.csv',
        csv([
          'A1,2016-09-28T10:00:00Z,defacement,http://www.moe.gov.cn/,,defaced',
          'A2,2016-09-29T10:00:00Z,malware,host-1,10.9.8.7,bot',
        ]),
      ),
      name: 'a.csv',
    });
    const rule = saveRule(
      store,
      undefined,
      watch('Government and lab', ['.gov.cn', '10.0.0.0/8', 'ransomware']),
      NOW,
    );
    expect(evaluateRules(store, [rule], '2016-09-30').map((a) => [a.subject, a.count, a.message])).toEqual([
      ['.gov.cn', 1, '.gov.cn: 1 incident in the 7 days to 30 Sep 2016 matches (www.moe.gov.cn)'],
      ['10.0.0.0/8', 1, '10.0.0.0/8: 1 incident in the 7 days to 30 Sep 2016 matches (10.9.8.7)'],
    ]);
    expect(evaluateRules(store, [rule], '2016-10-10')).toEqual([]);

    // Stored before the rule was made: not new to it.
    expect(evaluateAndRecord(store, '2016-10-10', NOW, 'new').fired).toEqual([]);
    await importFile(store, {
      path: tempFile(
        'b.csv',
        csv([
          'B1,2015-03-01T10:00:00Z,malware,,,Ransomware note found',
          'B2,2015-03-02T10:00:00Z,malware,,,nothing',
        ]),
      ),
      name: 'b.csv',
    });
    const after = evaluateAndRecord(store, '2016-10-10', NOW, 'new');
    expect(after.fired).toMatchObject([
      {
        subject: 'ransomware',
        count: 1,
        windowStart: '2015-03-01',
        windowEnd: '2015-03-01',
        link: '#/incidents?from=2015-03-01&to=2015-03-01',
      },
    ]);
    expect(after.added).toBe(1);
    expect(evaluateAndRecord(store, '2016-10-10', NOW, 'new').fired).toEqual([]);
  });
});
