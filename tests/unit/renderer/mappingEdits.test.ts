// The mapping editor's edits, as values: a column, columns joined, a constant, nothing.
import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../src/shared/mapping';
import {
  addJoinedColumn,
  choiceOf,
  chooseField,
  parseChoice,
  removeJoinedColumn,
  sameMapping,
  setConstant,
  setJoinedColumn,
} from '../../../src/renderer/src/mapping/mappingEdits';

const base: ImportMapping = {
  fields: { occurred_at: { kind: 'columns', columns: [1] }, title: { kind: 'columns', columns: [2] } },
  dateFormat: 'auto',
  timeZone: 'UTC',
};

describe('mapping edits', () => {
  it('reads and writes the main select', () => {
    expect(choiceOf(undefined)).toBe('none');
    expect(choiceOf({ kind: 'constant', value: 'x' })).toBe('constant');
    expect(choiceOf({ kind: 'columns', columns: [4, 2] })).toBe('column:4');
    expect(parseChoice('column:12')).toBe('column:12');
    expect(parseChoice('column:x')).toBeNull();
    expect(parseChoice('constant')).toBe('constant');
  });

  it('maps, unmaps and sets constants without touching other fields', () => {
    const source = chooseField(base, 'source', 'constant');
    expect(source.fields.source).toEqual({ kind: 'constant', value: '' });
    expect(setConstant(source, 'source', 'CNCERT').fields.source).toEqual({
      kind: 'constant',
      value: 'CNCERT',
    });
    const none = chooseField(base, 'title', 'none');
    expect('title' in none.fields).toBe(false);
    expect(none.fields.occurred_at).toEqual(base.fields.occurred_at);
    expect(base.fields.title).toEqual({ kind: 'columns', columns: [2] });
  });

  it('joins columns: adds the first unused, replaces one, removes one, keeps the others on a new first', () => {
    const joined = addJoinedColumn(base, 'title', 5);
    expect(joined.fields.title).toEqual({ kind: 'columns', columns: [2, 0] });
    expect(setJoinedColumn(joined, 'title', 1, 4).fields.title).toEqual({ kind: 'columns', columns: [2, 4] });
    expect(removeJoinedColumn(joined, 'title', 0).fields.title).toEqual({ kind: 'columns', columns: [0] });
    expect(chooseField(joined, 'title', 'column:3').fields.title).toEqual({
      kind: 'columns',
      columns: [3, 0],
    });
    // The new first column is not kept twice.
    expect(chooseField(joined, 'title', 'column:0').fields.title).toEqual({ kind: 'columns', columns: [0] });
    // The last column of a field cannot be removed by un-joining; "none" does that.
    expect(removeJoinedColumn(base, 'title', 0)).toBe(base);
  });

  it('compares mappings whatever the order their fields were written in', () => {
    const reordered: ImportMapping = {
      ...base,
      fields: { title: { kind: 'columns', columns: [2] }, occurred_at: { kind: 'columns', columns: [1] } },
    };
    expect(sameMapping(base, reordered)).toBe(true);
    expect(sameMapping(base, { ...base, timeZone: 'Asia/Shanghai' })).toBe(false);
    expect(sameMapping(base, chooseField(base, 'title', 'column:3'))).toBe(false);
  });
});
