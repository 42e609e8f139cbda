// Errors carry a catalog message beside their English text. The English reads exactly as it did when
// it was written by hand, sentences that begin with a reason or end with a restore hint included, and
// every message reads as a whole sentence in Chinese.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damagedStore } from '../../src/main/store/backup';
import { openStore } from '../../src/main/store/open';
import { createHandlers } from '../../src/main/services/handlers';
import { TaskQueue } from '../../src/main/services/taskQueue';
import { inlineExecutor } from '../../src/main/services/executors';
import { describeError, toVigilError, VigilFault } from '../../src/shared/errors';
import { messageText, type Message } from '../../src/shared/i18n/message';
import { resources } from '../../src/shared/i18n/resources';
import { tempDir } from './helpers/temp';

function leaves(node: object, prefix: string): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('error messages', () => {
  it('say a damaged store and what to do in the English of before, and in Chinese', () => {
    const dir = tempDir();
    const store = join(dir, 'vigil.db');
    const none = damagedStore(store, 'database disk image is malformed');
    expect(none.message).toBe(
      `The store ${store} is damaged (database disk image is malformed). Vigil has not changed it. ` +
        `There is no backup in ${join(dir, 'backups')}.`,
    );
    mkdirSync(join(dir, 'backups'));
    const latest = join(dir, 'backups', 'vigil-2016-09-30T10-00-00-000Z-daily.db');
    writeFileSync(latest, '');
    const hinted = damagedStore(store, 'malformed');
    expect(hinted.message).toBe(
      `The store ${store} is damaged (malformed). Vigil has not changed it. The latest backup is ${latest}; ` +
        `restore it with: vigil restore "${latest}" --db "${store}"`,
    );
    expect(messageText(hinted.text!, 'zh')).toBe(
      `数据库 ${store} 已损坏（malformed）。Vigil 未改动它。最新的备份是 ${latest}；恢复命令：vigil restore "${latest}" --db "${store}"`,
    );
  });

  it('begin with why a store is read-only, in either language', async () => {
    const dir = tempDir();
    const file = join(dir, 'vigil.db');
    openStore(file).close();
    const db = openStore(file, { readonly: true });
    try {
      const tasks = new TaskQueue(inlineExecutor(db), () => undefined);
      // The handlers come guarded: a write to a read-only store is refused before it runs.
      const handlers = createHandlers({ db, storePath: file, tasks });
      const context = {
        resolveFile: (): never => {
          throw new Error('no files here');
        },
      };
      const refused = await Promise.resolve()
        .then(() => handlers['settings.setTimeZone']({ timeZone: 'UTC' }, context))
        .catch((err: unknown) => err);
      expect(refused).toBeInstanceOf(VigilFault);
      const fault = refused as VigilFault;
      expect(fault.message).toBe(
        `The store ${file} was opened read-only. Importing and editing are off; reading still works.`,
      );
      expect(messageText(fault.text!, 'zh')).toBe(
        `数据库 ${file} 以只读方式打开。导入和编辑已停用；仍可读取。`,
      );
    } finally {
      db.close();
    }
  });

  it('name a store written by a newer Vigil as before', () => {
    const file = join(tempDir(), 'vigil.db');
    const db = openStore(file);
    db.pragma('user_version = 999');
    db.close();
    let thrown: unknown;
    try {
      openStore(file);
    } catch (err) {
      thrown = err;
    }
    const error = toVigilError(thrown);
    expect(error.message).toMatch(
      /^This store was written by a newer version of Vigil \(schema 999; this version knows up to \d+\)\. It has not been changed\. Open it with the newer Vigil\.$/,
    );
    expect(describeError(error, 'zh')).toMatch(
      new RegExp(`^${file}：该数据库由更新版本的 Vigil 写入（结构版本 999；`),
    );
  });

  it('keep an unexpected error’s own words inside a sentence of the language', () => {
    const error = toVigilError(new Error('disk on fire'));
    expect(error).toMatchObject({ code: 'internal', message: 'Unexpected error: disk on fire' });
    expect(describeError(error, 'zh')).toBe('意外错误：disk on fire');
    expect(describeError({ ...error, file: 'a.csv', line: 3, column: 2 }, 'zh')).toBe(
      'a.csv，第 3 行，第 2 列：意外错误：disk on fire',
    );
  });

  it('all read as whole sentences: no nested key or placeholder is left unread', () => {
    const params = {
      access: 'folder',
      hint: 'latest',
      file: '/data/vigil.db',
      code: 'EACCES',
      latest: '/data/backups/b.db',
      store: '/data/vigil.db',
    };
    for (const namespace of ['errors', 'cli'] as const) {
      for (const path of leaves(resources.en[namespace], '')) {
        const key = `${namespace}:${path.replace(/_(one|other)$/, '')}` as Message['key'];
        for (const language of ['en', 'zh'] as const) {
          const text = messageText({ key, params: { ...params, count: 2 } }, language);
          expect(text, `${key} (${language})`).not.toMatch(/\$t\(|errors:|cli:/);
        }
      }
    }
  });

  it('say why a store file or its folder cannot be written, as before', () => {
    const file = '/media/ro/vigil.db';
    const english = (access: 'file' | 'folder'): string =>
      new VigilFault('forbidden', { key: 'errors:store.readOnly', params: { access, file, code: 'EROFS' } })
        .message;
    expect(english('file')).toBe(
      `The store file ${file} cannot be written (EROFS: read-only or immutable file). Importing and editing are off; reading still works.`,
    );
    expect(english('folder')).toBe(
      `The folder of the store ${file} cannot be written (EROFS). Importing and editing are off; reading still works.`,
    );
  });
});
