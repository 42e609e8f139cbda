// Domain types shared by the main process and the renderer. Plain data only: these cross processes.
import type { CategoryCode } from './taxonomy';
import type { VigilError } from './errors';

/** The columns the incident table can be sorted by (a fixed list: never a caller's text in SQL). */
export const SORT_FIELDS = [
  'occurredAt',
  'severity',
  'category',
  'source',
  'title',
  'asset',
  'status',
  'id',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const STATUSES = ['new', 'triaged', 'in_progress', 'resolved', 'false_positive'] as const;
export type Status = (typeof STATUSES)[number];

/** One stored incident as the table shows it. Text fields are '' when the source had no value. */
export interface Incident {
  id: number;
  externalId: string | null;
  source: string;
  occurredAt: string;
  detectedAt: string | null;
  reportedAt: string | null;
  category: CategoryCode;
  categoryRaw: string;
  severity: string;
  status: string;
  title: string;
  description: string;
  asset: string;
  assetIp: string;
  attackerIp: string;
  region: string;
  country: string;
  sector: string;
  victimOrg: string;
  reporter: string;
  tags: string;
  importId: number;
  sourceRow: number;
}

export interface IncidentPage {
  rows: Incident[];
  /** Rows matching the filter, whatever the page. */
  total: number;
  /** Pass back to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface MonthlyCount {
  /** YYYY-MM */
  month: string;
  category: CategoryCode;
  count: number;
}

export interface StoreInfo {
  path: string;
  schemaVersion: number;
  incidents: number;
  imports: number;
}

export interface ImportRecord {
  id: number;
  fileName: string;
  fileSize: number;
  sha256: string;
  encoding: string;
  delimiter: string;
  imported: number;
  duplicates: number;
  rejected: number;
  startedAt: string;
  finishedAt: string;
}

export interface ImportReject {
  line: number;
  reason: string;
  raw: string;
}

/** The outcome of one file of an import job. */
export interface FileImportResult {
  file: string;
  importId: number | null;
  imported: number;
  duplicates: number;
  rejected: number;
  /** Data rows read from the file (imported + duplicates + rejected). */
  rows: number;
  error: VigilError | null;
  /** The first rejected rows, so a summary can say which lines and why. */
  rejects: ImportReject[];
  /**
   * The column the occurrence time was read from: occurred_at, or the time column that stood in for a
   * missing one (detected_at, then reported_at), which the summary must say. Null when nothing was read.
   */
  timeField: 'occurred_at' | 'detected_at' | 'reported_at' | null;
}

export interface ImportJobResult {
  imported: number;
  duplicates: number;
  rejected: number;
  files: FileImportResult[];
}

/** What the renderer hands the main process for a file the user dropped or picked. */
export type FileRef =
  { kind: 'path'; path: string; name: string } | { kind: 'upload'; uploadId: string; name: string };
