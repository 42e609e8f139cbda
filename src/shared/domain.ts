// Domain types shared by the main process and the renderer. Plain data only: these cross processes.
import type { CategoryCode } from './taxonomy';
import type { Period } from './period';
import type { VigilError } from './errors';
import type { Message } from './i18n/message';
import type { ImportField } from './fields';
import type {
  DateFormat,
  Delimiter,
  Encoding,
  FileFormat,
  ImportMapping,
  OccurrenceSource,
  TimeField,
} from './mapping';

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
  'region',
  'sector',
  'attackerIp',
  'externalId',
  'reportedAt',
  'detectedAt',
  'country',
  'assetIp',
  'victimOrg',
  'reporter',
  'tags',
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

/** One category's counts in a headline: the period, the same dates a year earlier, the period before. */
export interface CategoryHeadline {
  count: number;
  /** The same dates one year earlier. */
  previous: number;
  /** Year-on-year change in percent, one decimal; null where previous is 0 ("n/a"). */
  yoyPct: number | null;
  /** The period of equal length just before. */
  previousPeriodCount: number;
  /** Change against the previous period in percent, one decimal; null where that count is 0. */
  changePct: number | null;
}

/** The headline figures of a period (stats.headline), counted from the daily aggregates by occurred_at. */
export interface Headline {
  period: Period;
  /** The same dates one year earlier (29 February compares with 28 February). */
  comparison: Period;
  /** The period of equal length that ends the day before `period` starts. */
  previousPeriod: Period;
  total: number;
  previous: number;
  yoyPct: number | null;
  previousPeriodTotal: number;
  changePct: number | null;
  /**
   * Every category counted in any of the three periods, keyed by code, the largest count first; a
   * category with no incident in any of them is left out.
   */
  byCategory: Partial<Record<CategoryCode, CategoryHeadline>>;
}

export interface StoreInfo {
  path: string;
  schemaVersion: number;
  incidents: number;
  imports: number;
  /** The store can be read but not written (a read-only file or medium): importing and editing are off. */
  readOnly: boolean;
  readOnlyReason: string | null;
  /** The same reason as a catalog message, for the window's language; absent when writable. */
  readOnlyText?: Message;
}

export interface ImportRecord {
  id: number;
  fileName: string;
  fileSize: number;
  sha256: string;
  format: FileFormat;
  encoding: string;
  delimiter: string;
  imported: number;
  duplicates: number;
  rejected: number;
  /** Data rows read: imported + duplicates + rejected. */
  rows: number;
  /** The saved mapping applied, if any. */
  mappingName: string | null;
  startedAt: string;
  finishedAt: string;
  /** When the import was undone (its incidents removed); null while its incidents are stored. */
  undoneAt: string | null;
}

export interface ImportReject {
  line: number;
  /** Why the row was rejected, in English (the command line, the rejects CSV, older readers). */
  reason: string;
  raw: string;
  /** The same reason as a catalog message, for a reader in any language; absent on older rejects. */
  reasonText?: Message;
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
  timeField: OccurrenceSource | null;
  /** Category labels no taxonomy entry or user mapping knows, with how many rows carried each. */
  unknownLabels: LabelCount[];
  /** The first duplicate rows and the stored incident each repeats. */
  duplicatesOf: DuplicateOf[];
  /** How each mapped time column was read. */
  dateFormats: Partial<Record<TimeField, DateFormatChoice>>;
}

export interface LabelCount {
  label: string;
  count: number;
}

/** A duplicate row of an import and the stored incident it repeats. */
export interface DuplicateOf {
  line: number;
  incidentId: number;
  externalId: string | null;
  title: string;
  /** The import that stored the incident (the same import when the file repeats itself). */
  importId: number;
}

export interface DateFormatChoice {
  format: DateFormat;
  /** True when the file's values could not decide between D/M and M/D. */
  ambiguous: boolean;
  /** A sentence for the user in English: why this format ("D/M/YYYY: … has a day above 12"). */
  reason: string;
  /**
   * Why, as a catalog message, without the format's name in front ("… has a day above 12"): a reader
   * writes the name first in their language. Absent on choices an older Vigil made.
   */
  why?: Message;
}

export interface PreviewCell {
  /** The value as it will be stored. */
  value: string;
  /** What is wrong with it, if anything (the row may still be stored, with the field empty). */
  problem?: string;
  /** The same problem as a catalog message, for a reader in any language. */
  problemText?: Message;
}

export interface PreviewRow {
  line: number;
  cells: Partial<Record<ImportField, PreviewCell>>;
  /** Why the whole row would be rejected, or null when it would be stored. */
  rejected: string | null;
  /** The same reason as a catalog message, for a reader in any language. */
  rejectedText?: Message;
}

export interface ImportPreview {
  file: string;
  size: number;
  format: FileFormat;
  encoding: Encoding;
  /** Used for delimited text only. */
  delimiter: Delimiter;
  headers: string[];
  /** The mapping the preview used: the caller's, else a saved one for this header, else a suggestion. */
  mapping: ImportMapping;
  mappingOrigin: 'given' | 'saved' | 'suggested';
  savedMapping: { id: number; name: string } | null;
  /** Columns no field uses: kept in each incident's extra data. */
  unmappedColumns: number[];
  timeField: OccurrenceSource | null;
  dateFormats: Partial<Record<TimeField, DateFormatChoice>>;
  rows: PreviewRow[];
  /** Problems that stop the import as mapped (for example no time column), in English. */
  problems: string[];
  /** The same problems, in the same order, as catalog messages for a reader in any language. */
  problemTexts?: Message[];
}

export interface SavedMapping {
  id: number;
  name: string;
  headers: string[];
  mapping: ImportMapping;
  updatedAt: string;
}

export interface LabelMapping {
  label: string;
  category: CategoryCode;
  createdAt: string;
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

/** What a trend can be broken down by: columns of the daily aggregate (a fixed list, never a caller's text in SQL). */
export const TREND_DIMENSIONS = ['category', 'severity', 'source', 'region', 'sector'] as const;
export type TrendDimension = (typeof TREND_DIMENSIONS)[number];

/** How a trend's days are gathered: ISO weeks start on Monday, quarters in January, April, July, October. */
export const TREND_GRANULARITIES = ['day', 'week', 'month', 'quarter'] as const;
export type TrendGranularity = (typeof TREND_GRANULARITIES)[number];

/** The longest period a trend covers: ten years and a little, so a decade of daily bars stays one answer. */
export const MAX_TREND_DAYS = 3_700;

/** One value of the dimension (a category code, a severity, or a source's, region's or sector's text). */
export interface TrendSeries {
  /** As stored: '' where the source gave no value. Untrusted text for source, region and sector. */
  key: string;
  /** Incidents per bucket, in the order of `buckets`. */
  counts: number[];
}

/** Incidents per bucket of a period, by one dimension, with the same dates a year earlier (stats.trend). */
export interface Trend {
  period: Period;
  /** What the buckets and keys are, so an answer shown while the next loads is read as it was asked. */
  granularity: TrendGranularity;
  by: TrendDimension;
  /**
   * The first date of each bucket, oldest first, every bucket from the one holding `from` to the one
   * holding `to`, including those without incidents. The first and last buckets may begin before or end
   * after the period; only the period's own days are counted in them.
   */
  buckets: string[];
  /** Values with incidents in the period, the largest total first (ties by key). */
  series: TrendSeries[];
  /**
   * Per bucket, the incidents on the same dates one year earlier (DESIGN.md §3: 29 February compares
   * with 28 February) as the days of the period the bucket holds, all values of the dimension together
   * (the same category filter applied).
   */
  comparison: number[];
}

/** The first and last day (UTC) with incidents in the store; both null for an empty store. */
export interface DataRange {
  first: string | null;
  last: string | null;
}

// Dashboard breakdowns and data quality (src/main/analysis/breakdown.ts, dataQuality.ts).

/** The dimensions the daily aggregates can break a period down by. */
export const BREAKDOWN_DIMENSIONS = ['category', 'severity', 'source', 'region', 'sector'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export interface BreakdownRow {
  /** The value of the dimension as stored; '' means the export did not give one (the UI labels it). */
  key: string;
  count: number;
  /** count / total, a fraction from 0 to 1, unrounded: the UI decides how to show it. */
  share: number;
}

export interface Breakdown {
  by: BreakdownDimension;
  /** The largest keys, by count descending, then key (in SQLite's binary order); only keys with incidents. */
  rows: BreakdownRow[];
  /** Every incident of the period (in the categories asked for): rows plus other. */
  total: number;
  /** Incidents of the keys past `limit`; 0 when every key is listed. */
  other: number;
}

export interface CountShare {
  count: number;
  /** count / the period's total, a fraction from 0 to 1, unrounded; 0 when the period has no incidents. */
  share: number;
}

export interface ImportRejects {
  importId: number;
  fileName: string;
  /** Data rows the file held: stored, duplicates and rejected. */
  rows: number;
  rejected: number;
  /** rejected / rows, a fraction from 0 to 1, unrounded. */
  share: number;
}

export interface SourceRejects {
  /**
   * The source the rejected rows would have had: the constant an import's mapping set, or '' for an
   * import that mapped no source (its stored incidents have source '' too, so this is the '' row of the
   * source breakdown). null for rejects whose source cannot be known: their import read the source
   * from a column of the file, and a rejected row was never parsed into fields that can be trusted.
   */
  source: string | null;
  rejected: number;
  /** How many imports the rejects came from. */
  imports: number;
}

export interface DataQuality {
  period: Period;
  /** Incidents that occurred in the period (by the UTC date of occurred_at), as the headline counts them. */
  total: number;
  /** Incidents with no label or a label no category knows (category 'uncategorized'). */
  uncategorized: CountShare;
  /** Incidents whose source is empty. */
  withoutSource: CountShare;
  /** Incidents whose region is empty. */
  withoutRegion: CountShare;
  /** Labels of the period's uncategorized incidents, most frequent first (then by label); at most 20. */
  unknownLabels: LabelCount[];
  /**
   * Imports that rejected rows, the most rejects first (then the oldest import); at most 50. Every import
   * that is not undone, whatever period its incidents fall in — see rejectedImports for why.
   */
  rejectedByImport: ImportRejects[];
  /**
   * Rejects of all those imports (not only the first 50) by the source their rows would have had, the
   * most first; on a tie, by source in binary order with unknown (null) last.
   */
  rejectedBySource: SourceRejects[];
}
