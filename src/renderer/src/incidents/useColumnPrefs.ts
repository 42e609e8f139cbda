// The user's columns and widths, remembered in this browser profile (localStorage). A width being
// dragged changes the table at once and is written when the drag ends.
import { useCallback, useState } from 'react';
import type { ColumnId } from './columns';
import {
  COLUMN_PREFS_KEY,
  columnWidth,
  formatColumnPrefs,
  parseColumnPrefs,
  withWidth,
  type ColumnPrefs,
} from './columnPrefs';

function read(): ColumnPrefs {
  try {
    return parseColumnPrefs(window.localStorage.getItem(COLUMN_PREFS_KEY));
  } catch {
    return parseColumnPrefs(null);
  }
}

function write(prefs: ColumnPrefs): void {
  try {
    window.localStorage.setItem(COLUMN_PREFS_KEY, formatColumnPrefs(prefs));
  } catch {
    // Storage may be full or disabled: the choice then lasts until the page is reloaded.
  }
}

export interface ColumnPrefsState {
  prefs: ColumnPrefs;
  widthOf: (id: ColumnId) => number;
  setColumns: (columns: ColumnId[]) => void;
  setWidth: (id: ColumnId, width: number, done: boolean) => void;
}

export function useColumnPrefs(): ColumnPrefsState {
  const [prefs, setPrefs] = useState(read);

  const setColumns = useCallback(
    (columns: ColumnId[]) => {
      const next = { ...prefs, columns };
      setPrefs(next);
      write(next);
    },
    [prefs],
  );

  const setWidth = useCallback(
    (id: ColumnId, width: number, done: boolean) => {
      const next = withWidth(prefs, id, width);
      setPrefs(next);
      if (done) write(next);
    },
    [prefs],
  );

  const widthOf = useCallback((id: ColumnId) => columnWidth(prefs, id), [prefs]);

  return { prefs, widthOf, setColumns, setWidth };
}
