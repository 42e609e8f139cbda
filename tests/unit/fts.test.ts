import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open';
import { MIGRATIONS } from '../../src/main/store/migrations';
import { tempDir } from './helpers/temp';
import { ftsQuery } from '../../src/main/store/queries/ftsQuery';
import { spaceCjk } from '../../src/main/store/ftsText';
import { openTestStore } from './helpers/incidentStore';

const COLUMNS = ['external_id', 'occurred_at', 'category', 'title', 'description', 'asset', 'attacker_ip'];
const ROWS = [
  {
    external_id: 'A1',
    title: '发现钓鱼网站',
    description: '仿冒某银行登录页面',
    asset: 'http://bank-login.example.cn/',
  },
  { external_id: 'A2', title: 'Phishing page for Example Bank', description: 'credential harvesting kit' },
  {
    external_id: 'A3',
    title: '网站后门',
    description: '攻击者上传了WebShell后门程序',
    asset: 'http://钓鱼.example/',
  },
  { external_id: 'A4', title: 'Café defaced', description: 'NEAR the "main" page; title:owned' },
  {
    external_id: 'A5',
    title: 'SSH brute force',
    description: 'from 203.0.113.9',
    attacker_ip: '203.0.113.9',
  },
  { external_id: 'A6', title: '鱼钓', description: '词序相反' },
].map((row, i) => ({ occurred_at: `2016-01-0${String(i + 1)}T00:00:00Z`, category: 'phishing', ...row }));

async function searchStore() {
  const store = openTestStore();
  await store.importRows(ROWS, COLUMNS);
  const search = async (q: string) => {
    const page = await store.call('incidents.list', { filter: { q }, sort: 'id', dir: 'asc' });
    return { ids: page.rows.map((r) => r.externalId), total: page.total, terms: page.terms };
  };
  return { store, search };
}

describe('full-text query text', () => {
  it('quotes every word and phrase, keeps a trailing * as a prefix, spaces CJK characters apart', () => {
    expect(ftsQuery('phish* "example bank" 钓鱼')).toEqual({
      match: '"phish" * "example bank" "钓 鱼"',
      terms: ['phish', 'example bank', '钓鱼'],
    });
    expect(spaceCjk('发现钓鱼网站 at 钓').split(/\s+/).filter(Boolean)).toEqual([
      '发',
      '现',
      '钓',
      '鱼',
      '网',
      '站',
      'at',
      '钓',
    ]);
    expect(spaceCjk('了WebShell后').split(/\s+/).filter(Boolean)).toEqual(['了', 'WebShell', '后']);
  });

  it('turns operators, column filters, NEAR, brackets and stray quotes into plain words or nothing', () => {
    expect(ftsQuery('a AND b OR NOT c').match).toBe('"a" "b" "c"');
    expect(ftsQuery('NEAR(one two, 5)').match).toBe('"one" "two" "5"');
    expect(ftsQuery('title:owned').match).toBe('"title" "owned"');
    expect(ftsQuery('"unbalanced phrase').match).toBe('"unbalanced phrase"');
    expect(ftsQuery('say "a ""quoted"" word"').terms).toEqual(['say', 'a', 'quoted', 'word']);
    expect(ftsQuery('*** ^ () : " "').match).toBeNull();
    expect(ftsQuery('AND OR NOT NEAR').match).toBeNull();
  });
});

describe('full-text search through incidents.list', () => {
  it('finds English words, phrases and prefixes, without accents mattering, and returns the terms', async () => {
    const { search } = await searchStore();
    expect(await search('phishing')).toEqual({ ids: ['A2'], total: 1, terms: ['phishing'] });
    expect((await search('harvest*')).ids).toEqual(['A2']);
    expect((await search('harvest')).ids).toEqual([]);
    expect((await search('"example bank"')).ids).toEqual(['A2']);
    expect((await search('"bank example"')).ids).toEqual([]);
    expect((await search('cafe')).ids).toEqual(['A4']);
    expect((await search('203.0.113.9')).ids).toEqual(['A5']);
  });

  it('finds a Chinese word inside a run of Chinese text, in title, description and asset', async () => {
    const { search } = await searchStore();
    expect((await search('钓鱼')).ids).toEqual(['A1', 'A3']);
    expect((await search('网站')).ids).toEqual(['A1', 'A3']);
    expect((await search('仿冒')).ids).toEqual(['A1']);
    expect((await search('后门 webshell')).ids).toEqual(['A3']);
    expect((await search('鱼钓')).ids).toEqual(['A6']);
    expect((await search('钓鱼网站')).ids).toEqual(['A1']);
    expect((await search('钓*')).ids).toEqual(['A1', 'A3', 'A6']);
  });

  it('never answers hostile text with a SQLite error', async () => {
    const { search } = await searchStore();
    const hostile = [
      '"',
      '"""',
      'NEAR(',
      'NEAR(a b',
      'a NEAR/2 b',
      'title:',
      '{title description}: x',
      '-title:x',
      '^start',
      'a + b',
      '(a OR b',
      '*',
      'x**',
      "'; DROP TABLE incidents; --",
      '\u0000',
      'a'.repeat(1000),
      '钓"鱼',
      'AND',
    ];
    for (const q of hostile) await expect(search(q), q).resolves.toBeDefined();
    expect((await search('title:owned')).ids).toEqual(['A4']);
    expect((await search('NEAR')).total).toBe(6);
  });

  it('keeps the index in step with edits and with undoing an import', async () => {
    const { store, search } = await searchStore();
    const db = store.rt.db;
    db.prepare("UPDATE incidents SET title = '勒索软件爆发' WHERE external_id = 'A5'").run();
    expect((await search('勒索')).ids).toEqual(['A5']);
    expect((await search('brute')).ids).toEqual([]);
    db.prepare("DELETE FROM incidents WHERE external_id = 'A1'").run();
    expect((await search('钓鱼')).ids).toEqual(['A3']);
    await store.call('imports.undo', { importId: 1 });
    await store.rt.tasks.whenIdle();
    // A contentless index forgets a row only when given exactly the tokens it was indexed with: an
    // empty vocabulary shows every bulk-indexed and trigger-indexed row left cleanly.
    db.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab('main', 'incidents_fts', 'row')");
    expect(db.prepare('SELECT count(*) AS n FROM temp.vocab').get()).toEqual({ n: 0 });
  });
});

describe('migration 0008', () => {
  it('re-indexes the text of a store written before it, so Chinese words are found inside longer runs', () => {
    const file = join(tempDir(), 'vigil.db');
    const old = openStore(file, { migrations: MIGRATIONS.filter((m) => m.version < 8), backups: false });
    old.exec(`INSERT INTO imports (id, file_name, file_size, sha256, encoding, delimiter, started_at)
      VALUES (1, 'old.csv', 1, '', 'utf-8', ',', '2016-01-01T00:00:00Z')`);
    old
      .prepare(
        `INSERT INTO incidents (fingerprint, occurred_at, title, description, import_id, source_row, created_at, updated_at)
         VALUES (?, '2016-01-01T00:00:00Z', ?, ?, 1, 2, '', '')`,
      )
      .run('f1', '发现钓鱼网站', 'phishing kit');
    const match = (db: typeof old, q: string) =>
      db.prepare('SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?').all(q);
    expect(match(old, '"钓 鱼"')).toEqual([]);
    old.close();

    const db = openStore(file, { backups: false });
    expect(match(db, '"钓 鱼"')).toEqual([{ rowid: 1 }]);
    expect(match(db, 'phishing')).toEqual([{ rowid: 1 }]);
    expect(db.prepare('SELECT count(*) AS n FROM saved_views').get()).toEqual({ n: 0 });
    db.prepare('DELETE FROM incidents').run();
    db.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab('main', 'incidents_fts', 'row')");
    expect(db.prepare('SELECT count(*) AS n FROM temp.vocab').get()).toEqual({ n: 0 });
    db.close();
  });
});
