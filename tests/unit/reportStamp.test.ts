// The dataset stamp of a report: it counts exactly the incidents the figures count, names the imports
// they came from with each file's SHA-256, and its content hash changes exactly when a counted row
// changes: an edit of a counted incident, a counted incident added or removed; not an edit of an
// incident outside the period or the categories.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openTestStore, type CsvRow, type TestStore } from './helpers/incidentStore';

const ROWS: CsvRow[] = [
  {
    external_id: 'a1',
    occurred_at: '2016-01-05T10:00:00Z',
    category: 'phishing',
    severity: 'high',
    title: 'Bank page',
  },
  {
    external_id: 'a2',
    occurred_at: '2016-03-01T00:00:00Z',
    category: 'malware',
    severity: 'low',
    title: 'Trojan',
  },
  {
    external_id: 'a3',
    occurred_at: '2016-06-30T23:59:59Z',
    category: 'phishing',
    severity: 'critical',
    title: 'Late',
  },
  {
    external_id: 'a4',
    occurred_at: '2016-07-01T00:00:00Z',
    category: 'phishing',
    severity: 'high',
    title: 'After',
  },
  {
    external_id: 'a5',
    occurred_at: '2015-12-31T23:59:59Z',
    category: 'phishing',
    severity: 'high',
    title: 'Before',
  },
  {
    external_id: 'a6',
    occurred_at: '2015-02-01T08:00:00Z',
    category: 'ddos',
    severity: 'medium',
    title: 'Last year',
  },
];

const H1 = { from: '2016-01-01', to: '2016-06-30' };

async function idOf(store: TestStore, externalId: string): Promise<number> {
  const row = (await store.call('incidents.list', { limit: 500 })).rows.find(
    (r) => r.externalId === externalId,
  );
  if (row === undefined) throw new Error(`no incident ${externalId}`);
  return row.id;
}

/** The hash computed independently: the rows whose UTC date is in the period, in id order. */
function expectedHash(store: TestStore, from: string, to: string, categories: string[] = []): string {
  const rows = store.rt.db
    .prepare(
      `SELECT id, occurred_at, category, severity, updated_at FROM incidents
       WHERE substr(occurred_at, 1, 10) BETWEEN ? AND ? ORDER BY id`,
    )
    .all(from, to) as {
    id: number;
    occurred_at: string;
    category: string;
    severity: string;
    updated_at: string;
  }[];
  const hash = createHash('sha256');
  for (const r of rows) {
    if (categories.length > 0 && !categories.includes(r.category)) continue;
    hash.update(`${String(r.id)}\t${r.occurred_at}\t${r.category}\t${r.severity}\t${r.updated_at}\n`);
  }
  return hash.digest('hex');
}

describe('report dataset stamp', () => {
  it('counts what the headline counts, from the imports that hold it', async () => {
    const store = openTestStore();
    await store.importRows(ROWS.slice(0, 3), undefined, 'first.csv');
    await store.importRows(ROWS.slice(3), undefined, 'second.csv');
    const figures = await store.call('report.figures', H1);
    const stats = await store.call('stats.headline', H1);
    expect(figures.headline.total).toBe(stats.total);
    expect(figures.stamp.incidents).toBe(3);
    expect(figures.stamp.incidents).toBe(stats.total);
    const imports = (await store.call('imports.list', {})).rows;
    const first = imports.find((i) => i.fileName === 'first.csv');
    expect(figures.stamp.imports).toEqual([
      { id: first?.id, fileName: 'first.csv', sha256: first?.sha256, incidents: 3 },
    ]);
    expect(figures.stamp.contentHash).toBe(expectedHash(store, H1.from, H1.to));
    expect(figures.stamp.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Number.isNaN(Date.parse(figures.stamp.generatedAt))).toBe(false);
  });

  it('changes when a counted incident is edited, not when one outside the period is', async () => {
    const store = openTestStore();
    await store.importRows(ROWS);
    const before = (await store.call('report.figures', H1)).stamp.contentHash;

    await store.call('incidents.update', {
      target: { ids: [await idOf(store, 'a4')] },
      edit: { status: 'resolved' },
    });
    await store.call('incidents.update', {
      target: { ids: [await idOf(store, 'a5')] },
      edit: { notes: 'seen' },
    });
    const outside = (await store.call('report.figures', H1)).stamp.contentHash;
    expect(outside).toBe(before);

    await store.call('incidents.update', {
      target: { ids: [await idOf(store, 'a3')] },
      edit: { notes: 'checked' },
    });
    const inside = (await store.call('report.figures', H1)).stamp;
    expect(inside.contentHash).not.toBe(before);
    expect(inside.contentHash).toBe(expectedHash(store, H1.from, H1.to));
    expect(inside.incidents).toBe(3);
  });

  it('follows the categories: an edit in another category leaves a phishing report as it was', async () => {
    const store = openTestStore();
    await store.importRows(ROWS);
    const query = { ...H1, categories: ['phishing' as const] };
    const before = (await store.call('report.figures', query)).stamp;
    expect(before.incidents).toBe(2);
    expect(before.contentHash).toBe(expectedHash(store, H1.from, H1.to, ['phishing']));

    await store.call('incidents.update', {
      target: { ids: [await idOf(store, 'a2')] },
      edit: { status: 'triaged' },
    });
    expect((await store.call('report.figures', query)).stamp.contentHash).toBe(before.contentHash);
    // Re-categorized into phishing, it joins the counted rows.
    await store.call('incidents.update', {
      target: { ids: [await idOf(store, 'a2')] },
      edit: { category: 'phishing' },
    });
    const after = (await store.call('report.figures', query)).stamp;
    expect(after.incidents).toBe(3);
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it('changes when a counted incident is added or removed with its import', async () => {
    const store = openTestStore();
    await store.importRows(ROWS);
    const before = (await store.call('report.figures', H1)).stamp;
    await store.importRows(
      [{ external_id: 'b1', occurred_at: '2016-02-02T02:02:02Z', category: 'ddos', title: 'New' }],
      undefined,
      'late.csv',
    );
    const added = (await store.call('report.figures', H1)).stamp;
    expect(added.incidents).toBe(before.incidents + 1);
    expect(added.imports.map((i) => i.fileName)).toContain('late.csv');
    expect(added.contentHash).not.toBe(before.contentHash);

    const late = added.imports.find((i) => i.fileName === 'late.csv');
    await store.call('imports.undo', { importId: late?.id ?? 0 });
    const undone = (await store.call('report.figures', H1)).stamp;
    expect(undone.contentHash).toBe(before.contentHash);
    expect(undone.imports).toEqual(before.imports);
  });

  it('lists the critical and high incidents of the period, most severe first, as the setting asks', async () => {
    const store = openTestStore();
    await store.importRows(ROWS);
    const figures = await store.call('report.figures', { ...H1, notableLimit: 1 });
    expect(figures.notable.total).toBe(2);
    expect(figures.notable.rows.map((r) => [r.externalId, r.severity, r.title])).toEqual([
      ['a3', 'critical', 'Late'],
    ]);
    const all = await store.call('report.figures', H1);
    expect(all.notable.rows.map((r) => r.externalId)).toEqual(['a3', 'a1']);
  });
});
