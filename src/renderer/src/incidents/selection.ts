// Which incidents the triage controls act on. Rows picked by hand are kept by id (they stay picked
// when the table scrolls or refreshes); Ctrl+A picks the whole filtered set, which is sent to the
// services as the filter itself, so a million rows need not be listed. The anchor is the row index a
// Shift+click range starts from.
import type { IncidentFilter } from '../../../shared/filter';

/** Most ids one update may name (the contract's limit); a larger range is cut to this. */
export const MAX_SELECTED_IDS = 10_000;

export type Selection = { kind: 'rows'; ids: ReadonlySet<number>; anchor: number | null } | { kind: 'all' };

export const NO_SELECTION: Selection = { kind: 'rows', ids: new Set(), anchor: null };

/** A plain click: this row alone. */
export function selectOnly(id: number, index: number): Selection {
  return { kind: 'rows', ids: new Set([id]), anchor: index };
}

/** Ctrl/Cmd+click: this row in or out of the picked rows (from "all", it starts a new pick). */
export function toggleRow(selection: Selection, id: number, index: number): Selection {
  if (selection.kind === 'all') return selectOnly(id, index);
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else if (ids.size < MAX_SELECTED_IDS) ids.add(id);
  return { kind: 'rows', ids, anchor: index };
}

/**
 * The row indices a Shift+click on `index` covers: from the anchor (or the row itself when there is
 * none) to it, at most MAX_SELECTED_IDS rows, counted from the anchor.
 */
export function rangeFrom(selection: Selection, index: number): { first: number; last: number } {
  const anchor = selection.kind === 'rows' && selection.anchor !== null ? selection.anchor : index;
  if (index >= anchor) return { first: anchor, last: Math.min(index, anchor + MAX_SELECTED_IDS - 1) };
  return { first: Math.max(index, anchor - MAX_SELECTED_IDS + 1), last: anchor };
}

/**
 * Shift+click: the rows of the range (their ids, fetched by the caller), replacing the pick, or added
 * to it with Ctrl/Cmd held as well. The anchor stays, so the next Shift+click redraws from it.
 */
export function selectRange(selection: Selection, rangeIds: readonly number[], add: boolean): Selection {
  const anchor = selection.kind === 'rows' ? selection.anchor : null;
  const ids = new Set(add && selection.kind === 'rows' ? selection.ids : []);
  for (const id of rangeIds) {
    if (ids.size >= MAX_SELECTED_IDS) break;
    ids.add(id);
  }
  return { kind: 'rows', ids, anchor };
}

export function isSelected(selection: Selection, id: number): boolean {
  return selection.kind === 'all' || selection.ids.has(id);
}

/** How many incidents the triage controls would change. */
export function selectedCount(selection: Selection, total: number): number {
  return selection.kind === 'all' ? total : selection.ids.size;
}

export type UpdateTarget = { ids: number[] } | { filter: IncidentFilter };

/** What incidents.update is told to change; null when nothing is picked. */
export function updateTarget(selection: Selection, filter: IncidentFilter): UpdateTarget | null {
  if (selection.kind === 'all') return { filter };
  return selection.ids.size > 0 ? { ids: [...selection.ids].sort((a, b) => a - b) } : null;
}
