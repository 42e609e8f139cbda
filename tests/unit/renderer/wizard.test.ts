// The wizard's files: which preview each asks for, stale answers dropped, what "changed" means, what
// blocks an import, and how `import.start` receives each file.
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/domain';
import type { ImportMapping } from '../../../src/shared/mapping';
import {
  entryView,
  importSpec,
  previewRequest,
  type WizardEntry,
} from '../../../src/renderer/src/hooks/wizardEntry';
import { wizardReducer, type WizardAction } from '../../../src/renderer/src/hooks/wizardReducer';
import { chooseField, setConstant } from '../../../src/renderer/src/mapping/mappingEdits';

const ref = { kind: 'upload', uploadId: '00000000-0000-4000-8000-000000000001', name: 'a.csv' } as const;

const suggested: ImportMapping = {
  fields: { occurred_at: { kind: 'columns', columns: [0] }, title: { kind: 'columns', columns: [1] } },
  dateFormat: 'auto',
  timeZone: 'UTC',
};

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    file: 'a.csv',
    size: 10,
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    headers: ['occurred_at', 'title'],
    mapping: suggested,
    mappingOrigin: 'suggested',
    savedMapping: null,
    unmappedColumns: [],
    timeField: 'occurred_at',
    dateFormats: {},
    rows: [],
    problems: [],
    ...overrides,
  };
}

function run(actions: WizardAction[], from: WizardEntry[] = []): WizardEntry[] {
  return actions.reduce(wizardReducer, from);
}

/** A staged file whose current preview has been answered. */
function answered(answer: ImportPreview = preview()): WizardEntry[] {
  const staged = run([
    { type: 'added', files: [{ key: 1, name: 'a.csv', size: 10 }] },
    { type: 'staged', key: 1, ref },
  ]);
  const request = previewRequest(staged[0]!);
  return run([{ type: 'previewed', key: 1, request, result: { ok: true, value: answer } }], staged);
}

describe('the import wizard', () => {
  it('asks no preview before the file is staged, then one without a mapping', () => {
    const added = run([{ type: 'added', files: [{ key: 1, name: 'a.csv', size: 10 }] }]);
    expect(previewRequest(added[0]!)).toBe('');
    expect(entryView(added[0]!).ready).toBe(false);
    const staged = run([{ type: 'staged', key: 1, ref }], added);
    expect(JSON.parse(previewRequest(staged[0]!))).toEqual({ file: ref, rows: 20 });
  });

  it('is ready once the preview for the file as it stands has come back without problems', () => {
    const [entry] = answered();
    expect(entryView(entry!)).toMatchObject({
      ready: true,
      stale: false,
      changed: false,
      saveChecked: false,
    });
    expect(importSpec(entry!)).toEqual({ file: ref, mapping: suggested });
  });

  it('drops an answer to a request that is no longer wanted', () => {
    const entries = answered();
    const old = previewRequest(entries[0]!);
    const edited = run(
      [{ type: 'mapping', key: 1, mapping: chooseField(suggested, 'source', 'constant') }],
      entries,
    );
    expect(entryView(edited[0]!).stale).toBe(true);
    expect(entryView(edited[0]!).ready).toBe(false);
    const late = run(
      [
        {
          type: 'previewed',
          key: 1,
          request: old,
          result: { ok: true, value: preview({ problems: ['x'] }) },
        },
      ],
      edited,
    );
    expect(late[0]).toBe(edited[0]);
    expect(late[0]!.preview.value?.problems).toEqual([]);
  });

  it('marks a changed mapping, proposes saving it under the file name, and sends it with the name', () => {
    const mapping = setConstant(chooseField(suggested, 'source', 'constant'), 'source', 'CNCERT');
    const edited = run([{ type: 'mapping', key: 1, mapping }], answered());
    const request = previewRequest(edited[0]!);
    const done = run(
      [
        {
          type: 'previewed',
          key: 1,
          request,
          result: { ok: true, value: preview({ mapping, mappingOrigin: 'given' }) },
        },
      ],
      edited,
    );
    const view = entryView(done[0]!);
    expect(view).toMatchObject({ changed: true, saveChecked: true, saveName: 'a', ready: true });
    expect(view.origin?.origin).toBe('suggested');
    expect(importSpec(done[0]!)).toEqual({ file: ref, mapping, saveMappingAs: 'a' });
    // Unticked: the mapping is still sent, not saved.
    const unsaved = run([{ type: 'save', key: 1, save: false }], done);
    expect(importSpec(unsaved[0]!)).toEqual({ file: ref, mapping });
    // Ticked with no name: blocked until it has one.
    const nameless = run([{ type: 'saveName', key: 1, name: '  ' }], done);
    expect(entryView(nameless[0]!).ready).toBe(false);
    // Changed back: nothing to save.
    const reverted = run([{ type: 'mapping', key: 1, mapping: suggested }], done);
    expect(entryView(reverted[0]!)).toMatchObject({ changed: false, saveChecked: false });
  });

  it('leaves an unchanged saved mapping to Vigil, so the import records its name', () => {
    const saved = answered(
      preview({ mappingOrigin: 'saved', savedMapping: { id: 3, name: 'CNCERT weekly' } }),
    );
    expect(entryView(saved[0]!)).toMatchObject({ saveChecked: false, saveName: 'CNCERT weekly' });
    expect(importSpec(saved[0]!)).toEqual({ file: ref });
  });

  it('blocks a file with problems, a preview error or a failed hand-over', () => {
    expect(entryView(answered(preview({ problems: ['no occurred_at column'] }))[0]!).blockers).toEqual([
      'no occurred_at column',
    ]);
    const staged = run([
      { type: 'added', files: [{ key: 1, name: 'a.png', size: 10 }] },
      { type: 'staged', key: 1, ref },
    ]);
    const failed = run(
      [
        {
          type: 'previewed',
          key: 1,
          request: previewRequest(staged[0]!),
          result: { ok: false, error: { code: 'not_csv', message: 'not a CSV file' } },
        },
      ],
      staged,
    );
    expect(entryView(failed[0]!)).toMatchObject({ ready: false, blockers: ['not a CSV file'] });
    expect(importSpec(failed[0]!)).toBeNull();
    const lost = run([
      { type: 'added', files: [{ key: 2, name: 'b.csv', size: 1 }] },
      { type: 'stageFailed', key: 2, error: { code: 'file_unreadable', message: 'cannot read it' } },
    ]);
    expect(entryView(lost[0]!).blockers).toEqual(['cannot read it']);
  });

  it('starts the mapping afresh with another encoding, and sends the encoding chosen', () => {
    const edited = run(
      [
        { type: 'mapping', key: 1, mapping: chooseField(suggested, 'title', 'none') },
        { type: 'read', key: 1, read: { encoding: 'gb18030' } },
      ],
      answered(),
    );
    expect(edited[0]).toMatchObject({ mapping: null, base: null, read: { encoding: 'gb18030' } });
    expect(JSON.parse(previewRequest(edited[0]!))).toEqual({
      file: ref,
      read: { encoding: 'gb18030' },
      rows: 20,
    });
    const done = run(
      [
        {
          type: 'previewed',
          key: 1,
          request: previewRequest(edited[0]!),
          result: { ok: true, value: preview({ encoding: 'gb18030' }) },
        },
      ],
      edited,
    );
    expect(importSpec(done[0]!)).toEqual({ file: ref, read: { encoding: 'gb18030' }, mapping: suggested });
  });

  it('removes files and clears', () => {
    const two = run([
      {
        type: 'added',
        files: [
          { key: 1, name: 'a.csv', size: 1 },
          { key: 2, name: 'b.csv', size: 1 },
        ],
      },
    ]);
    expect(run([{ type: 'remove', keys: [1] }], two).map((e) => e.key)).toEqual([2]);
    expect(run([{ type: 'clear' }], two)).toEqual([]);
  });
});
