// What the keyboard and the mouse do to the table: which row is active (the keyboard's place), which
// rows are picked for triage, and which incident the detail pane shows. Click opens a row; Shift+click
// picks a range, Ctrl/Cmd+click one more row; arrows move (and pick) the active row, Shift+arrows
// extend the pick, Enter opens the active row, Space picks it, Ctrl/Cmd+A picks the whole filtered set,
// Esc closes the pane and drops the pick.
import { useCallback, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Incident } from '../../../shared/domain';
import type { VigilError } from '../../../shared/errors';
import type { RowStore } from './rowStore';
import { NO_SELECTION, rangeFrom, selectOnly, selectRange, toggleRow, type Selection } from './selection';

export interface TableSelection {
  selection: Selection;
  active: number | null;
  openId: number | null;
  /** A range that could not be fetched, or null. */
  error: VigilError | null;
  pick: (index: number, incident: Incident, event: MouseEvent) => void;
  onGridKey: (event: KeyboardEvent<HTMLDivElement>, pageRows: number) => void;
  selectAll: () => void;
  /** Esc: the pane closes and the pick is dropped. */
  dismiss: () => void;
  close: () => void;
}

export function useTableSelection(store: RowStore, resetKey: string): TableSelection {
  const [state, setState] = useState({
    key: resetKey,
    selection: NO_SELECTION,
    active: null as number | null,
  });
  const [openId, setOpenId] = useState<number | null>(null);
  const [error, setError] = useState<VigilError | null>(null);
  // Another filter or sort: the rows (and their indices) are others, so the pick is dropped.
  const current = state.key === resetKey ? state : { key: resetKey, selection: NO_SELECTION, active: null };

  const set = useCallback(
    (selection: Selection, active: number | null) => {
      setState({ key: resetKey, selection, active });
    },
    [resetKey],
  );

  const pickRange = useCallback(
    (index: number, add: boolean) => {
      const { first, last } = rangeFrom(current.selection, index);
      const from = current.selection;
      void store.idsBetween(first, last).then((result) => {
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setError(null);
        set(selectRange(from, result.value, add), index);
      });
    },
    [current.selection, store, set],
  );

  const pick = useCallback(
    (index: number, incident: Incident, event: MouseEvent) => {
      if (event.shiftKey) {
        pickRange(index, event.ctrlKey || event.metaKey);
      } else if (event.ctrlKey || event.metaKey) {
        set(toggleRow(current.selection, incident.id, index), index);
      } else {
        set(selectOnly(incident.id, index), index);
        setOpenId(incident.id);
      }
    },
    [current.selection, pickRange, set],
  );

  const moveTo = useCallback(
    (index: number, extend: boolean) => {
      const row = store.rowAt(index);
      if (extend) {
        pickRange(index, false);
        // The anchor stays where the range started; only the active row moves.
        set(current.selection, index);
        return;
      }
      set(row === undefined ? NO_SELECTION : selectOnly(row.id, index), index);
      if (row !== undefined && openId !== null) setOpenId(row.id);
    },
    [current.selection, openId, pickRange, set, store],
  );

  const selectAll = useCallback(() => {
    set({ kind: 'all' }, current.active);
  }, [current.active, set]);

  const close = useCallback(() => {
    setOpenId(null);
  }, []);

  const dismiss = useCallback(() => {
    setOpenId(null);
    set(NO_SELECTION, current.active);
  }, [current.active, set]);

  const onGridKey = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, pageRows: number) => {
      // Keys on the header's buttons and handles are theirs.
      if (event.target !== event.currentTarget) return;
      const total = store.total ?? 0;
      if (total === 0) return;
      const at = current.active;
      const last = total - 1;
      const steps: Record<string, number> = {
        ArrowDown: (at ?? -1) + 1,
        ArrowUp: (at ?? 1) - 1,
        PageDown: (at ?? 0) + pageRows,
        PageUp: (at ?? 0) - pageRows,
        Home: 0,
        End: last,
      };
      const target = steps[event.key];
      if (target !== undefined) {
        event.preventDefault();
        moveTo(Math.min(last, Math.max(0, target)), event.shiftKey);
        return;
      }
      const row = at === null ? undefined : store.rowAt(at);
      if (event.key === 'Enter' && row !== undefined) {
        event.preventDefault();
        setOpenId(row.id);
      } else if (event.key === ' ' && row !== undefined && at !== null) {
        event.preventDefault();
        set(toggleRow(current.selection, row.id, at), at);
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        selectAll();
      }
    },
    [current.active, current.selection, moveTo, selectAll, set, store],
  );

  return {
    selection: current.selection,
    active: current.active,
    openId,
    error,
    pick,
    onGridKey,
    selectAll,
    dismiss,
    close,
  };
}
