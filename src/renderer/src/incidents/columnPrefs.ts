// The user's column choice (which columns, in which order) and widths, as kept in localStorage. The
// stored text is read defensively: it may come from an older version, or have been edited by hand.
import { COLUMNS, DEFAULT_COLUMNS, isColumnId, knownColumns, type ColumnId } from './columns';

export const COLUMN_PREFS_KEY = 'vigil.incidents.columns';
export const MIN_COLUMN_WIDTH = 56;
export const MAX_COLUMN_WIDTH = 1200;

export interface ColumnPrefs {
  columns: ColumnId[];
  /** Widths the user dragged; a column not named here has its default width. */
  widths: Partial<Record<ColumnId, number>>;
}

export const DEFAULT_PREFS: ColumnPrefs = { columns: [...DEFAULT_COLUMNS], widths: {} };

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
}

export function parseColumnPrefs(text: string | null): ColumnPrefs {
  if (text === null) return DEFAULT_PREFS;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return DEFAULT_PREFS;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_PREFS;
  const record = value as { columns?: unknown; widths?: unknown };
  const listed = Array.isArray(record.columns)
    ? knownColumns(record.columns.filter((c): c is string => typeof c === 'string'))
    : [];
  const widths: Partial<Record<ColumnId, number>> = {};
  if (typeof record.widths === 'object' && record.widths !== null) {
    for (const [id, width] of Object.entries(record.widths)) {
      if (isColumnId(id) && typeof width === 'number' && Number.isFinite(width))
        widths[id] = clampWidth(width);
    }
  }
  return { columns: listed.length > 0 ? listed : [...DEFAULT_COLUMNS], widths };
}

export function formatColumnPrefs(prefs: ColumnPrefs): string {
  return JSON.stringify(prefs);
}

export function columnWidth(prefs: ColumnPrefs, id: ColumnId): number {
  return prefs.widths[id] ?? COLUMNS[id].width;
}

export function withWidth(prefs: ColumnPrefs, id: ColumnId, width: number): ColumnPrefs {
  return { ...prefs, widths: { ...prefs.widths, [id]: clampWidth(width) } };
}

/** Shows a hidden column (at the end) or hides a shown one; the last column cannot be hidden. */
export function toggleColumn(columns: readonly ColumnId[], id: ColumnId): ColumnId[] {
  if (!columns.includes(id)) return [...columns, id];
  return columns.length > 1 ? columns.filter((c) => c !== id) : [...columns];
}

/** Moves a shown column one place left (-1) or right (+1). */
export function moveColumn(columns: readonly ColumnId[], id: ColumnId, by: -1 | 1): ColumnId[] {
  const from = columns.indexOf(id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
