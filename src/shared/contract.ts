// The one contract: every operation Vigil's main process offers, named once, with the schema of its
// input and the type of its result. The preload client, the IPC host, the HTTP host and the
// renderer's api clients are all derived from this object; nothing else names an operation.
import { OPERATION_NAMES, isOperationName, type OperationName } from './operationNames';
import { z } from 'zod';
import {
  ALERT_STATUSES,
  MAX_BACKTEST_DAYS,
  ruleDraftSchema,
  type AlertRule,
  type Backtest,
  type EvaluationResult,
  type StoredAlert,
} from './alerts';
import { CATEGORY_CODES } from './taxonomy';
import { importMappingSchema, readOptionsSchema } from './mapping';
import { dayCount, isIsoDate } from './period';
import { incidentFilterSchema, type FacetCounts } from './filter';
import {
  EXPORT_FORMATS,
  type ChangeBatch,
  type ExportResult,
  type IncidentChange,
  type IncidentDetail,
  type SavedView,
} from './incidentTypes';
import { SEVERITIES } from './severity';
import { TOP_DIMENSIONS, type TopValues } from './topValues';
import {
  DUPLICATE_PERIODS,
  letterheadInputSchema,
  markingSchema,
  reportDraftSchema,
  reportQuerySchema,
  type Letterhead,
  type Regeneration,
  type ReportFigures,
  type SavedReport,
  type SavedReportSummary,
} from './report';
import { reportPrintSchema, type ReportPrintResult } from './reportPrint';
import { STATUSES } from './domain';
import { LANGUAGES } from './i18n/languages';
import { MAX_BACKUPS_KEPT, MAX_LABEL_MAPPINGS, type WorkstationSettings } from './settings';
import {
  BREAKDOWN_DIMENSIONS,
  MAX_TREND_DAYS,
  SORT_FIELDS,
  type Breakdown,
  type DataQuality,
  TREND_DIMENSIONS,
  TREND_GRANULARITIES,
  type DataRange,
  type DuplicateOf,
  type Headline,
  type ImportPreview,
  type LabelCount,
  type LabelMapping,
  type SavedMapping,
  type ImportRecord,
  type ImportReject,
  type IncidentPage,
  type MonthlyCount,
  type StoreInfo,
  type Trend,
} from './domain';

/** An operation: the schema its input must pass and, at the type level only, its result. */
export interface Operation<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the result type; never set at run time. */
  readonly result?: O;
}

function operation<O>() {
  return <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const category = z.enum(CATEGORY_CODES);
/** A date that is in the calendar too (isoDate lets 2015-02-29 through). */
const calendarDate = isoDate.refine(isIsoDate, 'not a date in the calendar');
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export { SORT_FIELDS, type SortField } from './domain';

const fileRef = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('path'), path: z.string().min(1).max(4096), name: z.string().max(1024) })
    .strict(),
  z
    .object({
      kind: z.literal('upload'),
      uploadId: z.string().regex(/^[0-9a-f-]{36}$/),
      name: z.string().max(1024),
    })
    .strict(),
]);

/** One file of an import: how to read it and how its columns map (both guessed when absent). */
const importFile = z
  .object({
    file: fileRef,
    read: readOptionsSchema.optional(),
    mapping: importMappingSchema.optional(),
    /** Save the mapping under this name, for the next file with the same header. */
    saveMappingAs: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

export const contract = {
  'store.info': operation<StoreInfo>()(z.object({}).strict()),

  /** A page of incidents matching a filter, by keyset on the sort key; `terms` are the search's words. */
  'incidents.list': operation<IncidentPage & { terms: string[] }>()(
    z
      .object({
        filter: incidentFilterSchema.default({}),
        sort: z.enum(SORT_FIELDS).default('occurredAt'),
        dir: z.enum(['asc', 'desc']).default('desc'),
        limit: z.number().int().min(1).max(500).default(100),
        cursor: z.string().max(2048).nullish(),
        /**
         * Start at this row of the filtered order instead of at a cursor (a scrollbar jump). Served by
         * seeking from sparse anchors of the sort key, not by OFFSET over the whole table.
         */
        offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
      })
      .strict(),
  ),

  /** Counts per facet value for a filter, each facet under the filter without its own constraint. */
  'incidents.facets': operation<FacetCounts>()(
    z
      .object({
        filter: incidentFilterSchema.default({}),
        /** Most values listed per facet, largest first. */
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  ),

  /** One incident with its extra columns, provenance and source row. */
  'incidents.get': operation<IncidentDetail>()(z.object({ id }).strict()),

  /** Every recorded change of one incident, newest first. */
  'incidents.history': operation<{ rows: IncidentChange[] }>()(z.object({ id }).strict()),

  /**
   * A triage action over the given incidents or over every incident a filter matches (Ctrl+A):
   * recorded as one batch that `changes.undo` reverts.
   */
  'incidents.update': operation<{ batchId: number | null; changed: number }>()(
    z
      .object({
        target: z.union([
          z.object({ ids: z.array(id).min(1).max(10_000) }).strict(),
          z.object({ filter: incidentFilterSchema }).strict(),
        ]),
        edit: z
          .object({
            status: z.enum(STATUSES).optional(),
            severity: z.enum([...SEVERITIES, '']).optional(),
            category: z.enum(CATEGORY_CODES).optional(),
            notes: z.string().max(20_000).optional(),
            addTags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
            removeTags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
          })
          .strict()
          .refine((edit) => Object.keys(edit).length > 0, 'nothing to change'),
      })
      .strict(),
  ),

  /** The latest triage actions, newest first. */
  'changes.list': operation<{ rows: ChangeBatch[] }>()(
    z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
  ),

  /** Reverts one triage action (fields that were changed again since keep their later value). */
  'changes.undo': operation<{ reverted: number }>()(z.object({ batchId: id }).strict()),

  /** Writes the incidents a filter matches as CSV (UTF-8 with BOM) or JSON. */
  'incidents.export': operation<ExportResult>()(
    z
      .object({
        filter: incidentFilterSchema.default({}),
        format: z.enum(EXPORT_FORMATS),
        destination: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
          z.object({ kind: z.literal('download') }).strict(),
        ]),
      })
      .strict(),
  ),

  'views.list': operation<{ rows: SavedView[] }>()(z.object({}).strict()),

  /** Saves (or replaces, by name) a named view of the table. */
  'views.save': operation<SavedView>()(
    z.object({ name: z.string().trim().min(1).max(100), hash: z.string().max(8192) }).strict(),
  ),

  'views.delete': operation<{ deleted: boolean }>()(z.object({ id }).strict()),

  'stats.monthlyByCategory': operation<{ rows: MonthlyCount[] }>()(
    z
      .object({
        from: isoDate.optional(),
        to: isoDate.optional(),
        categories: z.array(category).max(CATEGORY_CODES.length).optional(),
      })
      .strict(),
  ),

  /**
   * A period's headline figures: its count, the same dates a year earlier, the period of equal length
   * before, and the changes, in total and by category. Dates are inclusive, in the workstation's zone
   * (settings.get); `timeZone`, when given, must be that zone.
   */
  'stats.headline': operation<Headline>()(
    z
      .object({
        from: calendarDate,
        to: calendarDate,
        categories: z.array(category).max(CATEGORY_CODES.length).optional(),
        timeZone: z.string().min(1).max(64).optional(),
      })
      .strict()
      .refine((period) => period.from <= period.to, 'from must be on or before to'),
  ),

  /**
   * Incidents per day, ISO week (from Monday), month or quarter of a period, by one dimension, with the
   * same dates a year earlier per bucket. UTC dates, as the daily counts are kept; at most
   * MAX_TREND_DAYS days.
   */
  'stats.trend': operation<Trend>()(
    z
      .object({
        from: calendarDate,
        to: calendarDate,
        granularity: z.enum(TREND_GRANULARITIES),
        by: z.enum(TREND_DIMENSIONS),
        categories: z.array(category).max(CATEGORY_CODES.length).optional(),
      })
      .strict()
      .refine((period) => period.from <= period.to, 'from must be on or before to')
      .refine(
        (period) =>
          !isIsoDate(period.from) ||
          !isIsoDate(period.to) ||
          period.from > period.to ||
          dayCount(period) <= MAX_TREND_DAYS,
        `a trend covers at most ${String(MAX_TREND_DAYS)} days`,
      ),
  ),

  /** Incidents of a period by one dimension, largest first; keys past `limit` summed in `other`. */
  'stats.breakdown': operation<Breakdown>()(
    z
      .object({
        from: calendarDate,
        to: calendarDate,
        by: z.enum(BREAKDOWN_DIMENSIONS),
        categories: z.array(category).max(CATEGORY_CODES.length).optional(),
        limit: z.number().int().min(1).max(1000).default(20),
      })
      .strict()
      .refine((period) => period.from <= period.to, 'from must be on or before to'),
  ),

  /** The most frequent targets (assets) or attacking addresses of a period, exact, largest first. */
  'stats.top': operation<TopValues>()(
    z
      .object({
        from: calendarDate,
        to: calendarDate,
        by: z.enum(TOP_DIMENSIONS),
        categories: z.array(category).max(CATEGORY_CODES.length).optional(),
        limit: z.number().int().min(1).max(100).default(10),
      })
      .strict()
      .refine((period) => period.from <= period.to, 'from must be on or before to'),
  ),

  /** How far a period's figures can be trusted: unlabelled, unsourced, unplaced incidents; rejects. */
  'stats.quality': operation<DataQuality>()(
    z
      .object({ from: calendarDate, to: calendarDate })
      .strict()
      .refine((period) => period.from <= period.to, 'from must be on or before to'),
  ),

  /** The first and last day with incidents (UTC), both null for an empty store. */
  'stats.range': operation<DataRange>()(z.object({}).strict()),

  /**
   * The workstation's settings kept in the store (time zone, language, default marking, backups
   * kept), and where the store and its backups are.
   */
  'settings.get': operation<WorkstationSettings>()(z.object({}).strict()),

  /** Changes the settings given; `language: null` follows the operating system's language again. */
  'settings.set': operation<WorkstationSettings>()(
    z
      .object({
        language: z.enum(LANGUAGES).nullable().optional(),
        defaultMarking: markingSchema.optional(),
        backupsKept: z.number().int().min(1).max(MAX_BACKUPS_KEPT).optional(),
      })
      .strict(),
  ),

  /** Counts days in another time zone (IANA name): the aggregates are rebuilt in one transaction. */
  'settings.setTimeZone': operation<{ timeZone: string; changed: boolean }>()(
    z.object({ timeZone: z.string().trim().min(1).max(64) }).strict(),
  ),

  'imports.list': operation<{ rows: ImportRecord[] }>()(z.object({}).strict()),

  'imports.rejects': operation<{ rows: ImportReject[]; total: number }>()(
    z
      .object({
        importId: id,
        limit: z.number().int().min(1).max(1000).default(100),
        /** Paging: only lines after this one. */
        afterLine: z.number().int().min(0).default(0),
      })
      .strict(),
  ),

  /** How a file would be read and stored: sniffed encoding and delimiter, a mapping, the first rows. */
  'import.preview': operation<ImportPreview>()(
    z
      .object({
        file: fileRef,
        read: readOptionsSchema.optional(),
        mapping: importMappingSchema.optional(),
        rows: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),

  /** Starts an import job; progress and the outcome arrive as events (see events.ts). */
  'import.start': operation<{ jobId: string }>()(
    z.object({ files: z.array(importFile).min(1).max(100) }).strict(),
  ),

  /** Lets go of a file handed over for import that will not be imported (a staged upload is deleted). */
  'import.discard': operation<{ discarded: boolean }>()(z.object({ file: fileRef }).strict()),

  'import.cancel': operation<{ cancelled: boolean }>()(z.object({ jobId: z.uuid() }).strict()),

  /** Removes exactly the incidents an import stored, with their aggregates, in one transaction. */
  'imports.undo': operation<{ removed: number }>()(z.object({ importId: id }).strict()),

  'imports.duplicates': operation<{ rows: DuplicateOf[]; total: number }>()(
    z
      .object({
        importId: id,
        limit: z.number().int().min(1).max(1000).default(100),
        /** Paging: only lines after this one. */
        afterLine: z.number().int().min(0).default(0),
      })
      .strict(),
  ),

  'mappings.list': operation<{ rows: SavedMapping[] }>()(z.object({}).strict()),

  /** Saves (or replaces, by name) a mapping for files with this header. */
  'mappings.save': operation<SavedMapping>()(
    z
      .object({
        name: z.string().trim().min(1).max(100),
        headers: z.array(z.string().max(1000)).min(1).max(1000),
        mapping: importMappingSchema,
      })
      .strict(),
  ),

  'mappings.delete': operation<{ deleted: boolean }>()(z.object({ id }).strict()),

  /** Category labels stored incidents carry that no category knows yet, most frequent first. */
  'labels.unknown': operation<{ rows: LabelCount[] }>()(
    z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),

  'labels.list': operation<{ rows: LabelMapping[] }>()(z.object({}).strict()),

  /** Maps a label to a category: re-categorizes stored incidents and applies to later imports. */
  'labels.map': operation<{ recategorized: number }>()(
    z.object({ label: z.string().trim().min(1).max(200), category }).strict(),
  ),

  /** Forgets a label mapping for later imports; stored incidents keep the category they have. */
  'labels.unmap': operation<{ removed: boolean }>()(
    z.object({ label: z.string().trim().min(1).max(200) }).strict(),
  ),

  /**
   * Adds the mappings of a file exported from another workstation (labels.list), each as labels.map
   * would, in one transaction.
   */
  'labels.import': operation<{ mapped: number; recategorized: number }>()(
    z
      .object({
        rows: z
          .array(z.object({ label: z.string().trim().min(1).max(200), category }).strip())
          .min(1)
          .max(MAX_LABEL_MAPPINGS),
      })
      .strict(),
  ),

  /** Imports a generated sample export (for a first look at an empty store). */
  'sample.load': operation<{ jobId: string }>()(
    z.object({ rows: z.number().int().min(100).max(200_000).default(20_000) }).strict(),
  ),

  /** The alert rules, in the order they were made. */
  'alerts.rules': operation<{ rows: AlertRule[] }>()(z.object({}).strict()),

  /** Creates a rule, or replaces rule `id`; rules are evaluated again at once, as of today. */
  'alerts.saveRule': operation<AlertRule>()(z.object({ id: id.optional(), rule: ruleDraftSchema }).strict()),

  /** Deletes a rule and the alerts it fired. */
  'alerts.deleteRule': operation<{ deleted: boolean }>()(z.object({ id }).strict()),

  /** Stored alerts, latest window first ('open': all but resolved), and how many are new (the badge). */
  'alerts.list': operation<{ rows: StoredAlert[]; newCount: number }>()(
    z
      .object({
        status: z.enum(['open', 'all', ...ALERT_STATUSES]).default('open'),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  ),

  /** How many alerts are new: not yet acknowledged, snoozed or resolved (or snoozed until before today). */
  'alerts.newCount': operation<{ count: number }>()(z.object({}).strict()),

  /** Acknowledges, snoozes (until a date, included), resolves or reopens alerts. */
  'alerts.setStatus': operation<{ changed: number }>()(
    z
      .object({
        ids: z.array(id).min(1).max(1000),
        status: z.enum(ALERT_STATUSES),
        snoozedUntil: calendarDate.optional(),
      })
      .strict()
      .refine((input) => (input.status === 'snoozed') === (input.snoozedUntil !== undefined), {
        message: 'a snooze needs the date it lasts until, and only a snooze has one',
        path: ['snoozedUntil'],
      }),
  ),

  /**
   * Evaluates every enabled rule as of a date (today when absent): each window ends that day. With
   * `record`, the alerts are stored (each once) for the list; without, they are only returned.
   */
  'alerts.evaluate': operation<EvaluationResult>()(
    z.object({ asOf: calendarDate.optional(), record: z.boolean().default(true) }).strict(),
  ),

  /** One rule evaluated as of each day of a past period: its daily series and when it would have fired. */
  'alerts.backtest': operation<Backtest>()(
    z
      .object({ ruleId: id, from: calendarDate, to: calendarDate })
      .strict()
      .refine((period) => period.from <= period.to, 'from must be on or before to')
      .refine(
        (period) =>
          !isIsoDate(period.from) ||
          !isIsoDate(period.to) ||
          period.from > period.to ||
          dayCount(period) <= MAX_BACKTEST_DAYS,
        `a backtest covers at most ${String(MAX_BACKTEST_DAYS)} days`,
      ),
  ),

  /**
   * Everything a briefing report prints for a period and categories, counted in one read of the store:
   * the headline, trend, breakdowns, top targets, data quality, notable incidents, alerts, the summary
   * in English and Chinese, and the stamp of the rows counted.
   */
  'report.figures': operation<ReportFigures>()(reportQuerySchema),

  'reports.list': operation<{ rows: SavedReportSummary[] }>()(z.object({}).strict()),

  'reports.get': operation<SavedReport>()(z.object({ id }).strict()),

  /**
   * Saves a new report (its figures counted now) or report `id`. An update keeps the figures it was
   * saved with unless its period, categories or notable count changed, or `refresh` asks to count again.
   */
  'reports.save': operation<SavedReport>()(
    z.object({ id: id.optional(), draft: reportDraftSchema, refresh: z.boolean().default(false) }).strict(),
  ),

  'reports.delete': operation<{ deleted: boolean }>()(z.object({ id }).strict()),

  /** A copy of report `id` for the next period of equal length, or the same dates a year later. */
  'reports.duplicate': operation<SavedReport>()(z.object({ id, period: z.enum(DUPLICATE_PERIODS) }).strict()),

  /** Counts report `id` again and says what changed since it was saved (nothing is written). */
  'reports.regenerate': operation<Regeneration>()(z.object({ id }).strict()),

  /** The organization, author and logo printed in every report's title block. */
  'reports.letterhead': operation<Letterhead>()(z.object({}).strict()),

  'reports.setLetterhead': operation<Letterhead>()(letterheadInputSchema),

  /**
   * Prints the report shown in the desktop app's window: `print` opens the system print dialog,
   * `savePdf` writes a PDF where the user chooses. Refused in a browser, whose own print does the same.
   */
  'report.print': operation<ReportPrintResult>()(reportPrintSchema),
} as const satisfies Record<OperationName, Operation<z.ZodType, unknown>>;

export type Contract = typeof contract;
export { OPERATION_NAMES, isOperationName, type OperationName };

/** What a caller may pass (defaults not yet applied). */
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
/** What a service receives after validation (defaults applied). */
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type ResultOf<N extends OperationName> = NonNullable<Contract[N]['result']>;
