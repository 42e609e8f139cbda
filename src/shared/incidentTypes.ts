// What the incident table's detail pane, triage, saved views and export exchange (issue: the table).
import type { Incident } from './domain';
import type { CategoryCode } from './taxonomy';

/** Fields an analyst can change from the table; every change is recorded and can be undone. */
export const EDITABLE_FIELDS = ['status', 'severity', 'category', 'tags', 'notes'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Where a stored incident came from. */
export interface Provenance {
  importId: number;
  fileName: string;
  sha256: string;
  /** The line of the file the row started on (1 = header). */
  line: number;
  importedAt: string;
}

/** One incident with everything kept about it. */
export interface IncidentDetail extends Incident {
  subcategory: string;
  tlp: string;
  closedAt: string | null;
  notes: string;
  fingerprint: string;
  /** Source columns that were not mapped to a field, by header: nothing of a file is dropped. */
  extra: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  provenance: Provenance;
  /** The source row as header → value, rebuilt from the import's mapping and the stored values. */
  sourceColumns: { header: string; value: string }[];
}

/** One recorded change of one field of one incident. */
export interface IncidentChange {
  id: number;
  batchId: number;
  incidentId: number;
  field: EditableField;
  oldValue: string;
  newValue: string;
  at: string;
  /** The operating-system user who made it. */
  by: string;
  /** When the change was undone; null while it stands. */
  undoneAt: string | null;
}

/** One triage action (possibly over many incidents): the unit of undo. */
export interface ChangeBatch {
  id: number;
  at: string;
  by: string;
  /** A sentence saying what was done ("status → resolved on 12 incidents"). */
  summary: string;
  incidents: number;
  undoneAt: string | null;
}

/** A triage action: the fields to set, and tags to add or remove. */
export interface IncidentEdit {
  status?: string;
  severity?: string;
  category?: CategoryCode;
  notes?: string;
  addTags?: string[];
  removeTags?: string[];
}

/** A named table view: the URL hash that holds its filter, sort and columns. */
export interface SavedView {
  id: number;
  name: string;
  hash: string;
  createdAt: string;
  updatedAt: string;
}

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  rows: number;
  /** Where the file was written, for a `path` destination. */
  path?: string;
  /** For a `download` destination: fetch `/api/download/<id>` (browser mode) once. */
  downloadId?: string;
}
