// Settings through the services, as the window and the command line call them: language, default
// marking and backups kept are stored and read back; label mappings are added, imported from another
// workstation's file, and removed, each with the effect on stored incidents the Settings view promises.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkstationSettings } from '../../src/shared/settings';
import { type Runtime } from '../../src/main/services/runtime';
import { backupBeside, backupFolder } from '../../src/main/store/backup';
import { tempFile } from './helpers/temp';
import { attempt, callOk, openRuntime } from './helpers/serviceRuntime';

const open = (): Runtime => openRuntime();
const call = callOk;

describe('settings', () => {
  it('starts with no language (the OS decides), TLP:AMBER and 7 backups, and keeps what is set', async () => {
    const rt = open();
    const initial = await call<WorkstationSettings>(rt, 'settings.get', {});
    expect(initial).toMatchObject({
      timeZone: 'UTC',
      language: null,
      defaultMarking: 'TLP:AMBER',
      backupsKept: 7,
    });
    expect(initial.storePath).toMatch(/vigil\.db$/);
    expect(initial.backupFolder).toBe(backupFolder(initial.storePath));

    const changed = await call<WorkstationSettings>(rt, 'settings.set', {
      language: 'zh',
      defaultMarking: '内部资料 注意保密',
      backupsKept: 3,
    });
    expect(changed).toMatchObject({ language: 'zh', defaultMarking: '内部资料 注意保密', backupsKept: 3 });
    expect(await call<WorkstationSettings>(rt, 'settings.get', {})).toMatchObject({
      language: 'zh',
      backupsKept: 3,
    });

    // Only what is given changes; null returns to the operating system's language.
    expect(await call<WorkstationSettings>(rt, 'settings.set', { language: null })).toMatchObject({
      language: null,
      defaultMarking: '内部资料 注意保密',
      backupsKept: 3,
    });
  });

  it('refuses a language it does not speak, a marking on two lines and a retention out of range', async () => {
    const rt = open();
    for (const input of [
      { language: 'fr' },
      { defaultMarking: 'TLP:RED\nsecond line' },
      { backupsKept: 0 },
      { backupsKept: 366 },
    ]) {
      const result = await attempt(rt, 'settings.set', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(await call<WorkstationSettings>(rt, 'settings.get', {})).toMatchObject({
      language: null,
      backupsKept: 7,
    });
  });

  it('keeps as many backups as Settings says', async () => {
    const rt = open();
    const { storePath } = await call<WorkstationSettings>(rt, 'settings.set', { backupsKept: 2 });
    const previous = process.env.VIGIL_BACKUPS_KEPT;
    delete process.env.VIGIL_BACKUPS_KEPT;
    try {
      for (let i = 0; i < 4; i++) {
        backupBeside(rt.db, storePath, `test-${String(i)}`, {
          now: () => new Date(Date.UTC(2016, 0, 1 + i)),
        });
      }
    } finally {
      if (previous !== undefined) process.env.VIGIL_BACKUPS_KEPT = previous;
    }
    const kept = readdirSync(backupFolder(storePath)).filter((name) => name.endsWith('.db'));
    expect(kept.map((name) => name.slice(6, 16)).sort()).toEqual(['2016-01-03', '2016-01-04']);
  });
});

describe('label mappings', () => {
  async function withUnknownLabels(rt: Runtime): Promise<void> {
    const file = tempFile(
      'labels.csv',
      [
        'id,occurred_at,category,title',
        'A1,2016-01-01,钓鱼网站X,one',
        'A2,2016-01-02,钓鱼网站x,two',
        'A3,2016-01-03,Phish-Kit,three',
        'A4,2016-01-04,APT疑似,four',
      ].join('\n'),
    );
    await call(rt, 'import.start', { files: [{ file: { kind: 'path', path: file, name: 'labels.csv' } }] });
    await rt.tasks.whenIdle();
  }

  it('maps, imports a file of mappings, and removes one without touching stored incidents', async () => {
    const rt = open();
    await withUnknownLabels(rt);
    // Case and width fold: both spellings of the label are re-categorized.
    expect(await call(rt, 'labels.map', { label: '钓鱼网站X', category: 'phishing' })).toEqual({
      recategorized: 2,
    });
    expect(
      await call(rt, 'labels.import', {
        rows: [
          { label: 'Phish-Kit', category: 'phishing' },
          { label: 'APT疑似', category: 'intrusion' },
        ],
      }),
    ).toEqual({ mapped: 2, recategorized: 2 });
    const listed = await call<{ rows: { label: string; category: string }[] }>(rt, 'labels.list', {});
    expect(listed.rows.map((r) => [r.label, r.category])).toEqual([
      ['APT疑似', 'intrusion'],
      ['Phish-Kit', 'phishing'],
      ['钓鱼网站X', 'phishing'],
    ]);

    expect(await call(rt, 'labels.unmap', { label: 'phish-kit' })).toEqual({ removed: true });
    expect(await call(rt, 'labels.unmap', { label: 'phish-kit' })).toEqual({ removed: false });
    const after = await call<{ rows: { label: string }[] }>(rt, 'labels.list', {});
    expect(after.rows.map((r) => r.label)).toEqual(['APT疑似', '钓鱼网站X']);
    // The incident mapped earlier keeps its category.
    const phishing = rt.db
      .prepare("SELECT count(*) FROM incidents WHERE category = 'phishing'")
      .pluck()
      .get();
    expect(phishing).toBe(3);
  });

  it('refuses a file row with an unknown category and changes nothing', async () => {
    const rt = open();
    await withUnknownLabels(rt);
    const result = await attempt(rt, 'labels.import', {
      rows: [
        { label: 'Phish-Kit', category: 'phishing' },
        { label: 'x', category: 'not-a-category' },
      ],
    });
    expect(result.ok).toBe(false);
    expect((await call<{ rows: unknown[] }>(rt, 'labels.list', {})).rows).toEqual([]);
  });
});
