// Top targets and attacking addresses: the early-stopping search must give exactly what a full count of
// the incidents table ranks first, for any period, category filter and limit, after edits too.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { topValues, TOP_CANDIDATE_BUDGET, type TopQuery } from '../../../src/main/analysis/topValues';
import { importFile } from '../../../src/main/import/importFile';
import { writeSampleFile } from '../../../src/main/sample/writeSample';
import { openStore, type Store } from '../../../src/main/store/open';
import { tempDir, tempFile } from '../helpers/temp';

let open: Store | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

function direct(db: Store, q: TopQuery): { value: string; count: number }[] {
  const codes = q.categories ?? [];
  return db
    .prepare(
      `SELECT ${q.by} AS value, count(*) AS count FROM incidents
       WHERE ${q.by} <> '' AND substr(occurred_at, 1, 10) BETWEEN ? AND ?
       ${codes.length > 0 ? `AND category IN (${codes.map(() => '?').join(', ')})` : ''}
       GROUP BY 1 ORDER BY count DESC, value LIMIT ?`,
    )
    .all(q.from, q.to, ...codes, q.limit ?? 10) as { value: string; count: number }[];
}

async function sampleStore(rows: number): Promise<Store> {
  const dir = tempDir();
  const path = join(dir, 'sample.csv');
  await writeSampleFile(path, { rows, seed: 11 });
  open = openStore(join(dir, 'vigil.db'));
  await importFile(open, { path, name: 'sample.csv' });
  return open;
}

describe('stats.top', () => {
  it('ranks exactly as a full count does, for periods, categories and limits', async () => {
    const db = await sampleStore(6000);
    const queries: TopQuery[] = [
      { from: '2015-01-01', to: '2016-12-31', by: 'asset' },
      { from: '2016-01-01', to: '2016-09-30', by: 'asset', limit: 25 },
      { from: '2016-03-05', to: '2016-03-20', by: 'attacker_ip' },
      {
        from: '2015-06-01',
        to: '2016-06-30',
        by: 'attacker_ip',
        categories: ['botnet_c2', 'malware'],
        limit: 5,
      },
      { from: '2016-02-01', to: '2016-02-29', by: 'asset', categories: ['phishing'], limit: 1 },
      { from: '2030-01-01', to: '2030-12-31', by: 'asset' },
    ];
    for (const q of queries) {
      const got = topValues(db, q);
      expect(got.complete).toBe(true);
      expect(got.rows.map(({ value, count }) => ({ value, count }))).toEqual(direct(db, q));
      for (const row of got.rows) expect(row.share).toBeCloseTo(row.count / got.total, 12);
    }
  });

  it('stays exact after edits and deletes of assets and attackers', async () => {
    const db = await sampleStore(3000);
    db.prepare("UPDATE incidents SET asset = 'hit-again.example.gov.cn' WHERE id % 9 = 0").run();
    db.prepare("UPDATE incidents SET attacker_ip = '' WHERE id % 5 = 0").run();
    db.prepare('DELETE FROM incidents WHERE id % 7 = 0').run();
    const q: TopQuery = { from: '2015-01-01', to: '2016-12-31', by: 'asset', limit: 10 };
    expect(topValues(db, q).rows[0]).toMatchObject({ value: 'hit-again.example.gov.cn' });
    expect(topValues(db, q).rows.map(({ value, count }) => ({ value, count }))).toEqual(direct(db, q));
    const a: TopQuery = { from: '2015-01-01', to: '2016-12-31', by: 'attacker_ip', limit: 10 };
    expect(topValues(db, a).rows.map(({ value, count }) => ({ value, count }))).toEqual(direct(db, a));
    const all = db.prepare('SELECT dim, value, n FROM agg_value ORDER BY dim, value').all();
    const counted = db
      .prepare(
        `SELECT 'asset' AS dim, asset AS value, count(*) AS n FROM incidents WHERE asset <> '' GROUP BY asset
         UNION ALL SELECT 'attacker_ip', attacker_ip, count(*) FROM incidents WHERE attacker_ip <> '' GROUP BY attacker_ip
         ORDER BY 1, 2`,
      )
      .all();
    expect(all).toEqual(counted);
  });

  it('says when a store of one-off values ran past its work limit, with the counts it has still exact', async () => {
    open = openStore(join(tempDir(), 'vigil.db'));
    const lines = ['occurred_at,category,asset'];
    // Every asset occurs once and most fall outside the period: no early stop is possible.
    for (let i = 0; i < TOP_CANDIDATE_BUDGET + 50; i++)
      lines.push(`2015-05-01T00:00:00Z,phishing,a${String(i)}.test`);
    lines.push('2016-05-01T00:00:00Z,phishing,zz-late.test');
    await importFile(open, { path: tempFile('once.csv', `${lines.join('\n')}\n`), name: 'once.csv' });
    const got = topValues(open, { from: '2016-05-01', to: '2016-05-31', by: 'asset' });
    expect(got.total).toBe(1);
    expect(got.complete).toBe(false);
    expect(got.rows.every((r) => r.count === 1)).toBe(true);
  });

  it('refuses what it cannot count, with a reason', () => {
    open = openStore(join(tempDir(), 'vigil.db'));
    expect(() => topValues(open!, { from: '2016-01-01', to: '2016-01-31', by: 'title' as 'asset' })).toThrow(
      /by: title/,
    );
    expect(() => topValues(open!, { from: '2016-01-01', to: '2016-01-31', by: 'asset', limit: 0 })).toThrow(
      /limit/,
    );
    expect(() => topValues(open!, { from: '2016-02-01', to: '2016-01-31', by: 'asset' })).toThrow(
      /before it starts/,
    );
  });
});
