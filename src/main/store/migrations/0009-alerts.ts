import type { Migration } from '../migration';

// Schema v9: alert rules and the alerts they fired. A rule keeps its scope and parameters as JSON
// (checked by the rule schema in shared/alerts.ts whenever it is read or saved); an alert is stored
// once per rule, subject and window end, however often an evaluation finds it again.
//
// Rules that ship enabled: a surge rule per category (7 days against the previous 8 weeks) and a
// year-on-year rule over 30 days. The categories as they were when this migration was written: a
// released migration never changes, so it does not read the taxonomy the rest of the code uses.
const CATEGORIES = [
  'malware',
  'botnet_c2',
  'defacement',
  'backdoor',
  'phishing',
  'ddos',
  'vulnerability',
  'data_leak',
  'intrusion',
  'scanning',
  'spam',
  'fraud',
  'outage',
  'other',
  'uncategorized',
] as const;

const SURGE = {
  kind: 'surge',
  window: { length: 7, unit: 'days' },
  baselineWindows: 8,
  sigmas: 3,
  minCount: 10,
  alpha: 0.001,
};
const YOY = { kind: 'yoy', window: { length: 30, unit: 'days' }, minPct: 50, minCount: 30 };

export const alerts: Migration = {
  version: 9,
  name: 'alerts',
  up(db) {
    db.exec(`
      CREATE TABLE alert_rules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        scope TEXT NOT NULL,
        params TEXT NOT NULL,
        -- A watchlist's last look at new incidents: it next reads ids above this one.
        watched_to_id INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        rule_id INTEGER NOT NULL REFERENCES alert_rules(id) ON DELETE CASCADE,
        subject TEXT NOT NULL,
        category TEXT,
        window_start TEXT NOT NULL,
        window_end TEXT NOT NULL,
        count INTEGER NOT NULL,
        baseline REAL,
        message TEXT NOT NULL,
        link TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new'
          CHECK (status IN ('new', 'acknowledged', 'snoozed', 'resolved')),
        snoozed_until TEXT,
        -- Resolved by an evaluation that no longer found it (the data changed), not by a person.
        auto_resolved INTEGER NOT NULL DEFAULT 0,
        first_fired_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (rule_id, subject, window_end)
      );
      CREATE INDEX alerts_window ON alerts(window_end, id);
      CREATE INDEX alerts_status ON alerts(status);
    `);
    const insert = db.prepare(
      `INSERT INTO alert_rules (name, kind, scope, params, created_at, updated_at)
       VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    );
    for (const code of CATEGORIES) {
      const scope = JSON.stringify({ categories: [code], dimension: null });
      insert.run(`Surge: ${code}`, 'surge', scope, JSON.stringify(SURGE));
    }
    const everything = JSON.stringify({ categories: [], dimension: null });
    insert.run('Month on the year before', 'yoy', everything, JSON.stringify(YOY));
  },
};
