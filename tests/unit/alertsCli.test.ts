// `vigil alerts` and `vigil rules` on a store whose counts exist only in the aggregate tables: the
// JSON the issue names, the text, a backtest, and the options each refuses.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open';
import { addDays } from '../../src/shared/period';
import { addAggregateCell } from './helpers/aggregates';
import { tempDir } from './helpers/temp';
import { runVigil } from './helpers/cliRun';

const run = (args: string[]) => runVigil(args);

/** A store with 20 ddos a day from June, 70 a day from 24 to 30 September 2016. */
function store(): string {
  const path = join(tempDir(), 'vigil.db');
  const db = openStore(path);
  db.transaction(() => {
    for (let day = '2016-06-01'; day <= '2016-10-31'; day = addDays(day, 1)) {
      const n = day >= '2016-09-24' && day <= '2016-09-30' ? 70 : 20;
      addAggregateCell(db, { day, category: 'ddos', n });
    }
  })();
  db.close();
  return path;
}

describe('vigil alerts', () => {
  it('prints the alerts that fire as of a date, as JSON and as text', async () => {
    const db = store();
    const json = await run(['alerts', '--db', db, '--as-of', '2016-09-30', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        rule: 'Surge: ddos',
        kind: 'surge',
        category: 'ddos',
        subject: 'ddos',
        windowStart: '2016-09-24',
        windowEnd: '2016-09-30',
        count: 490,
        baseline: 140,
        message: 'ddos: 490 incidents in the 7 days to 30 Sep 2016, 3.5x the 8-week average of 140 ± 12',
        link: '#/incidents?category=ddos&from=2016-09-24&to=2016-09-30',
      },
    ]);
    const text = await run(['alerts', '--db', db, '--as-of', '2016-09-30']);
    expect(text.stdout).toBe(
      'As of 2016-09-30: 1 alert (16 rules evaluated).\n' +
        '  [Surge: ddos] ddos: 490 incidents in the 7 days to 30 Sep 2016, 3.5x the 8-week average of 140 ± 12\n',
    );
    const quiet = await run(['alerts', '--db', db, '--as-of', '2016-08-31', '--json']);
    expect(JSON.parse(quiet.stdout)).toEqual([]);
  });

  it('backtests when each rule would have fired', async () => {
    const db = store();
    const result = await run([
      'alerts',
      '--db',
      db,
      '--backtest',
      '--from',
      '2016-09-20',
      '--to',
      '2016-10-10',
      '--rule',
      'Surge: ddos',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const [only] = JSON.parse(result.stdout) as {
      rule: string;
      fired: { windowEnd: string; category: string }[];
    }[];
    expect(only?.rule).toBe('Surge: ddos');
    const days = only?.fired.map((a) => a.windowEnd) ?? [];
    // From the surge's first day, every day, until it has moved into the baseline: as of 4 October the
    // window holds 290, but the last baseline week holds 340 of the surge, which widens σ to about 71
    // and puts the level at about 377.
    expect(days[0]).toBe('2016-09-24');
    expect(days.at(-1)).toBe('2016-10-03');
    expect(days).toHaveLength(10);
    const text = await run([
      'alerts',
      '--db',
      db,
      '--backtest',
      '--from',
      '2016-09-20',
      '--to',
      '2016-10-10',
    ]);
    expect(text.stdout).toContain(
      'Surge: ddos (ddos, 7 days): would have fired on 10 of 21 days\n  2016-09-24  ddos: ',
    );
    expect(text.stdout).toContain('Surge: phishing (phishing, 7 days): would have fired on 0 of 21 days\n');
  });

  it('refuses dates that are not, options that do not go together, and rules that do not exist', async () => {
    const db = store();
    expect((await run(['alerts', '--db', db, '--as-of', '2016-02-30'])).stderr).toMatch(
      /--as-of: "2016-02-30" is not a date/,
    );
    expect((await run(['alerts', '--db', db, '--from', '2016-01-01'])).code).toBe(2);
    expect((await run(['alerts', '--db', db, '--backtest', '--from', '2016-01-01'])).stderr).toMatch(
      /needs --from/,
    );
    const unknown = await run(['alerts', '--db', db, '--rule', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no rule named "nope"/);
    expect((await run(['alerts', '--db', join(tempDir(), 'none.db')])).code).toBe(2);
    expect((await run(['rules', '--db', db, '--as-of', '2016-01-01'])).code).toBe(2);
  });
});

describe('vigil rules', () => {
  it('lists the rules with their scope, window and parameters', async () => {
    const db = store();
    const text = await run(['rules', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '   5  on   surge      Surge: phishing\n      phishing; 7 days; at mean + 3σ of the 8 windows before ' +
        '(Poisson p < 0.001 below a mean of 10); at least 10\n',
    );
    expect(text.stdout).toContain(
      'Month on the year before\n      all incidents; 30 days; up at least 50% on the same days',
    );
    const json = JSON.parse((await run(['rules', '--db', db, '--json'])).stdout) as { name: string }[];
    expect(json).toHaveLength(16);
  });
});
