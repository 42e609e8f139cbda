import { describe, expect, it } from 'vitest';
import {
  isSelected,
  MAX_SELECTED_IDS,
  NO_SELECTION,
  rangeFrom,
  selectedCount,
  selectOnly,
  selectRange,
  toggleRow,
  updateTarget,
} from '../../../src/renderer/src/incidents/selection';

describe('row selection', () => {
  it('a click picks one row, Ctrl+click adds or takes out one more', () => {
    let s = selectOnly(40, 3);
    s = toggleRow(s, 7, 9);
    expect([isSelected(s, 40), isSelected(s, 7), isSelected(s, 8)]).toEqual([true, true, false]);
    s = toggleRow(s, 40, 3);
    expect(selectedCount(s, 100)).toBe(1);
    expect(updateTarget(s, {})).toEqual({ ids: [7] });
  });

  it('Shift+click covers the rows from the anchor, either way, at most the contract allows', () => {
    const s = selectOnly(1, 50);
    expect(rangeFrom(s, 55)).toEqual({ first: 50, last: 55 });
    expect(rangeFrom(s, 45)).toEqual({ first: 45, last: 50 });
    expect(rangeFrom(s, 900_000)).toEqual({ first: 50, last: 50 + MAX_SELECTED_IDS - 1 });
    expect(rangeFrom(NO_SELECTION, 12)).toEqual({ first: 12, last: 12 });
  });

  it('a range replaces the pick, or joins it with Ctrl held, and keeps its anchor', () => {
    const s = toggleRow(selectOnly(1, 0), 99, 10);
    const replaced = selectRange(s, [5, 6, 7], false);
    expect(updateTarget(replaced, {})).toEqual({ ids: [5, 6, 7] });
    expect(replaced.kind === 'rows' && replaced.anchor).toBe(10);
    expect(updateTarget(selectRange(s, [7, 5], true), {})).toEqual({ ids: [1, 5, 7, 99] });
  });

  it('Ctrl+A targets the filter itself, whatever its size', () => {
    const filter = { categories: ['phishing' as const] };
    expect(updateTarget({ kind: 'all' }, filter)).toEqual({ filter });
    expect(selectedCount({ kind: 'all' }, 1_000_000)).toBe(1_000_000);
    expect(isSelected({ kind: 'all' }, 123)).toBe(true);
    expect(toggleRow({ kind: 'all' }, 5, 2)).toEqual(selectOnly(5, 2));
    expect(updateTarget(NO_SELECTION, filter)).toBeNull();
  });
});
