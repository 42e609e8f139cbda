// The words the desktop shell shows itself, outside the window's page: the dialog that says the store
// cannot be opened (in the operating system's language: the store, which might hold another choice,
// is what failed) and the Save as PDF dialog (in the window's language: Settings, else the system's).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/open';
import { changeSettings } from '../../../src/main/store/queries/settings';
import { channelFor } from '../../../src/shared/ipcChannels';
import { invokeMain, state, trustedEvent } from './fakeElectron';
import { runMain, useMainEntry } from './mainEntry';

const userData = useMainEntry('vigil-shell-language-');

async function saveDialogTitle(): Promise<unknown> {
  const window = state.windows[0]!;
  await invokeMain(channelFor('report.print'), trustedEvent(window), { action: 'savePdf' });
  return state.saveDialogs[0]?.options;
}

describe('the desktop shell', () => {
  it('says in the system language that the store cannot be opened', async () => {
    state.locale = 'zh-CN';
    const file = join(userData(), 'vigil.db');
    const db = new Database(file);
    db.pragma('user_version = 9999');
    db.close();
    await runMain();
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0]!.title).toBe('Vigil 无法打开其数据库');
    expect(state.errorBoxes[0]!.content).toMatch(/该数据库由更新版本的 Vigil 写入/);
    expect(state.errorBoxes[0]!.content).toMatch(new RegExp(`\\n\\n数据库：${file}$`));
  });

  it('says it in English on an English system, as before', async () => {
    const db = new Database(join(userData(), 'vigil.db'));
    db.pragma('user_version = 9999');
    db.close();
    await runMain();
    expect(state.errorBoxes[0]!.title).toBe('Vigil cannot open its data store');
    expect(state.errorBoxes[0]!.content).toMatch(/^.*This store was written by a newer version of Vigil/);
  });

  it('words the Save as PDF dialog in the system language, unless Settings chose one', async () => {
    state.locale = 'zh-CN';
    await runMain();
    expect(await saveDialogTitle()).toMatchObject({
      title: '将简报另存为 PDF',
      defaultPath: 'Vigil 简报.pdf',
      filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
    });
  });

  it('follows the language chosen in Settings for the Save as PDF dialog', async () => {
    const store = openStore(join(userData(), 'vigil.db'));
    changeSettings(store, { language: 'en' });
    store.close();
    state.locale = 'zh-CN';
    await runMain();
    expect(await saveDialogTitle()).toMatchObject({
      title: 'Save the report as PDF',
      defaultPath: 'Vigil report.pdf',
    });
  });
});
