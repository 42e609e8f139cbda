// The command line in Chinese and English: --lang, else the language chosen in Settings (read from a
// store the command opens anyway), else the system's (LC_ALL, LC_MESSAGES, LANG). English stays the
// outcome on a machine with no locale, or "C".
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COMMANDS, helpText } from '../../src/main/cli/help';
import { displayWidth } from '../../src/main/cli/textTable';
import { openStore } from '../../src/main/store/open';
import { changeSettings } from '../../src/main/store/queries/settings';
import { fixture, tempDir, tempFile } from './helpers/temp';
import { runVigil } from './helpers/cliRun';

type Env = Record<string, string | undefined>;

const run = (args: string[], env: Env = {}) => runVigil(args, env);

const EXPORT = [
  'external_id,occurred_at,category',
  'a1,2016-01-15T10:00:00Z,malware',
  'a2,2016-01-15T11:00:00Z,malware',
  'a3,2016-01-15T12:00:00Z,malware',
  'a4,2016-09-30T23:59:59Z,phishing',
  'a5,2016-09-30T23:59:59Z,phishing',
  'a6,2016-05-01,ddos',
  'b1,2015-03-01,malware',
  'b2,2015-03-02,malware',
  'b3,2015-02-01,phishing',
  'b4,2015-02-01,phishing',
  'b5,2015-06-01,defacement',
  'c1,2015-12-01,malware',
  '',
].join('\n');

async function store(): Promise<string> {
  const db = join(tempDir(), 'x.db');
  expect((await run(['import', tempFile('export.csv', EXPORT), '--db', db])).code).toBe(0);
  return db;
}

const PERIOD = ['--from', '2016-01-01', '--to', '2016-09-30'];

describe('vigil --lang zh', () => {
  it('prints the stats sentence and table in Chinese, with the taxonomy names and aligned columns', async () => {
    const db = await store();
    const out = await run(['stats', '--db', db, ...PERIOD, '--lang', 'zh']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe(
      '2016年1月1日至9月30日：共 6 起事件，比 2015 年同期增长 20.0%（5 起）；环比（与之前 274 天的 2 起相比）：+200.0%。',
    );
    expect(lines[2]).toMatch(/^类别\s+数量\s+一年前\s+同比\s+上一时段\s+环比$/);
    expect(lines[3]).toMatch(/^恶意程序\s+3\s+2\s+\+50\.0%\s+1\s+\+200\.0%$/);
    expect(lines[5]).toMatch(/\s不适用\s+0\s+不适用$/);
    expect(lines.at(-2)).toMatch(/^合计\s+6\s+5\s+\+20\.0%\s+2\s+\+200\.0%$/);
    // A Chinese character takes two cells of a terminal: every row ends in the same column.
    const table = lines.slice(2, -1);
    expect(new Set(table.map(displayWidth)).size).toBe(1);
  });

  it('takes --lang before the command too, and --lang en prints exactly the English output', async () => {
    const db = await store();
    const before = await run(['--lang', 'zh', 'stats', '--db', db, ...PERIOD]);
    expect(before.stdout).toMatch(/^2016年1月1日至9月30日：共 6 起事件/);
    const english = await run(['stats', '--db', db, ...PERIOD, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    const plain = await run(['stats', '--db', db, ...PERIOD]);
    expect(english.stdout).toBe(plain.stdout);
    expect(plain.stdout).toMatch(/^1 January – 30 September 2016: 6 incidents, up 20\.0% on the same period/);
  });

  it('lists imports and summarises an import in Chinese', async () => {
    const db = join(tempDir(), 'x.db');
    const imported = await run(['import', fixture('incidents-basic.csv'), '--db', db, '--lang', 'zh']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(
      /^incidents-basic\.csv：导入 6 条，重复 0 条，被拒 1 条（导入编号 \d+）\n/,
    );
    expect(imported.stdout).toMatch(/\n {2}第 7 行：/);
    const again = await run(['import', fixture('incidents-basic.csv'), '--db', db, '--lang', 'zh']);
    expect(again.stdout).toMatch(/导入 0 条，重复 6 条，被拒 1 条/);
    expect(again.stdout).toMatch(/第 \d+ 行与导入 \d+ 中的事件 \d+/);
    const listed = await run(['imports', '--db', db, '--lang', 'zh']);
    expect(listed.stdout.split('\n')[0]).toBe('编号\t完成时间\t导入\t重复\t被拒\t文件');
    expect((await run(['imports', '--db', join(tempDir(), 'empty.db'), '--lang', 'zh'])).stdout).toBe(
      '还没有导入记录。\n',
    );
  });

  it('says where an error is, line and all, in Chinese', async () => {
    const db = join(tempDir(), 'x.db');
    const out = await run([
      'import',
      tempFile('header-only.csv', 'occurred_at,title\n'),
      '--db',
      db,
      '--lang',
      'zh',
    ]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^vigil import: .*header-only\.csv，第 2 行：/);
  });

  it('says what is wrong with an option in Chinese', async () => {
    const db = await store();
    const zh = (...args: string[]) => run([...args, '--lang', 'zh']);
    expect((await zh('stats', '--db', db, '--from', '2015-02-29', '--to', '2015-03-01')).stderr).toBe(
      'vigil stats: --from：“2015-02-29”不是日历上的日期（YYYY-MM-DD）\n',
    );
    expect((await zh('stats', '--db', db, '--from', '2016-10-01', '--to', '2016-09-30')).stderr).toBe(
      'vigil stats: --from 2016-10-01 晚于 --to 2016-09-30\n',
    );
    expect((await zh('stats', '--db', join(tempDir(), 'none.db'), ...PERIOD)).stderr).toMatch(
      /none\.db 处没有数据库；请先导入文件，或用 --db 指定数据库/,
    );
    const unknown = await zh('stats', '--bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^vigil stats: 未知选项“--bogus”\n\n用法：vigil stats/);
    expect((await zh('stats', '--port', '1')).stderr).toMatch(/--port 不是“vigil stats”的选项/);
    expect((await zh('frobnicate')).stderr).toMatch(/^vigil: 未知命令“frobnicate”\n\nVigil：/);
    expect((await zh('undo', 'abc', '--db', db)).stderr).toMatch(/请用编号指定要撤销的导入/);
    expect((await zh('undo', '999', '--db', db)).stderr).toMatch(/没有编号为 999 的导入。/);
  });

  it('refuses a language it does not speak, naming the ones it does', async () => {
    const out = await run(['stats', '--lang', 'fr']);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('vigil stats: --lang: "fr" is not one of en, zh\n');
  });

  it('keeps node:util’s own sentence for an unknown option in English', async () => {
    expect((await run(['stats', '--bogus'])).stderr).toMatch(
      /^vigil stats: Unknown option '--bogus'\. To specify a positional argument/,
    );
  });

  it('prints every help text in Chinese, and the general help with --lang zh alone', async () => {
    for (const command of COMMANDS) {
      const zh = helpText(command, 'zh');
      expect(zh, command).toMatch(/^用法：vigil /);
      expect(zh, command).not.toBe(helpText(command, 'en'));
    }
    const general = await run(['--lang', 'zh', '--help']);
    expect(general.code).toBe(0);
    expect(general.stdout).toMatch(/^Vigil：供事件分析人员使用的离线工作站。/);
    expect((await run(['import', '--help', '--lang=zh'])).stdout).toMatch(/^用法：vigil import FILE/);
  });
});

describe('the language of a run without --lang', () => {
  it('follows the system locale, LC_ALL before LC_MESSAGES before LANG, and English for C', async () => {
    const db = await store();
    const stats = (env: Env) => run(['stats', '--db', db, ...PERIOD], env).then((out) => out.stdout);
    expect(await stats({ LANG: 'zh_CN.UTF-8' })).toMatch(/^2016年1月1日至9月30日/);
    expect(await stats({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toMatch(/^2016年/);
    expect(await stats({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toMatch(/^1 January/);
    expect(await stats({ LANG: 'C.UTF-8' })).toMatch(/^1 January/);
    expect(await stats({})).toMatch(/^1 January/);
  });

  it('follows the language chosen in Settings over the system one; --lang wins over both', async () => {
    const db = await store();
    const opened = openStore(db);
    changeSettings(opened, { language: 'zh' });
    opened.close();
    expect((await run(['stats', '--db', db, ...PERIOD], { LANG: 'en_GB.UTF-8' })).stdout).toMatch(/^2016年/);
    expect((await run(['imports', '--db', db])).stdout).toMatch(/^编号\t完成时间/);
    // An error found after the store was opened speaks its language too.
    expect((await run(['undo', '999', '--db', db])).stderr).toMatch(/没有编号为 999 的导入。/);
    expect((await run(['stats', '--db', db, ...PERIOD, '--lang', 'en'])).stdout).toMatch(/^1 January/);
    const check = new Database(db, { readonly: true });
    expect(check.prepare("SELECT value FROM settings WHERE key = 'language'").pluck().get()).toBe('zh');
    check.close();
  });
});
