import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from '../../../src/renderer/src/incidents/columns';
import {
  clampWidth,
  columnWidth,
  DEFAULT_PREFS,
  formatColumnPrefs,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  moveColumn,
  parseColumnPrefs,
  toggleColumn,
  withWidth,
} from '../../../src/renderer/src/incidents/columnPrefs';

describe('column preferences', () => {
  it('start with the default columns when nothing (or nothing readable) is stored', () => {
    for (const stored of [
      null,
      '',
      'not json',
      '42',
      '{"columns":"title"}',
      '{"columns":["nope"]}',
      'null',
    ]) {
      expect(parseColumnPrefs(stored).columns).toEqual([...DEFAULT_COLUMNS]);
    }
  });

  it('read back what was written, without unknown or repeated columns and with widths in range', () => {
    const prefs = withWidth(withWidth({ columns: ['title', 'id'], widths: {} }, 'title', 5000), 'id', 3);
    expect(parseColumnPrefs(formatColumnPrefs(prefs))).toEqual({
      columns: ['title', 'id'],
      widths: { title: MAX_COLUMN_WIDTH, id: MIN_COLUMN_WIDTH },
    });
    expect(
      parseColumnPrefs(
        '{"columns":["tags","bogus","tags","asset"],"widths":{"asset":300.4,"bogus":9,"tags":"x"}}',
      ),
    ).toEqual({ columns: ['tags', 'asset'], widths: { asset: 300 } });
  });

  it('give a column its default width until it is dragged', () => {
    expect(columnWidth(DEFAULT_PREFS, 'title')).toBeGreaterThan(columnWidth(DEFAULT_PREFS, 'severity'));
    expect(columnWidth(withWidth(DEFAULT_PREFS, 'title', 222), 'title')).toBe(222);
    expect(clampWidth(10)).toBe(MIN_COLUMN_WIDTH);
  });

  it('show, hide and move columns, never hiding the last one', () => {
    expect(toggleColumn(['title', 'asset'], 'id')).toEqual(['title', 'asset', 'id']);
    expect(toggleColumn(['title', 'asset'], 'title')).toEqual(['asset']);
    expect(toggleColumn(['title'], 'title')).toEqual(['title']);
    expect(moveColumn(['title', 'asset', 'id'], 'id', -1)).toEqual(['title', 'id', 'asset']);
    expect(moveColumn(['title', 'asset'], 'title', -1)).toEqual(['title', 'asset']);
    expect(moveColumn(['title', 'asset'], 'title', 1)).toEqual(['asset', 'title']);
  });
});
