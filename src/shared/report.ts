// Briefing reports: what a report is made of (period, categories, marking, paper, language, the
// analyst's text and settings), the figures computed for it with the stamp of the data they were
// counted from, saved reports, and what a regeneration found. Pure ECMAScript: used by the main
// process and the window alike.
import { z } from 'zod';
import {
  MAX_TREND_DAYS,
  type Breakdown,
  type DataQuality,
  type Headline,
  type Trend,
  type TrendGranularity,
} from './domain';
import { messageText, type Message } from './i18n/message';
import { dayCount, isIsoDate, type IsoDate, type Period } from './period';
import { CATEGORY_CODES, type CategoryCode } from './taxonomy';
import type { TopValues } from './topValues';

/** The Traffic Light Protocol 2.0 labels; any other marking is free text ("内部资料 注意保密"). */
export const TLP_MARKINGS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export const DEFAULT_MARKING = 'TLP:AMBER';
export const MAX_MARKING_LENGTH = 80;

// Each paper is named in the catalogs (report:toolbar.papers.<paper>).
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export const REPORT_LANGUAGES = ['en', 'zh'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const DEFAULT_NOTABLE_LIMIT = 20;
export const MAX_NOTABLE_LIMIT = 200;
/** A report charts its period's trend, so it covers what a trend can. */
export const MAX_REPORT_DAYS = MAX_TREND_DAYS;

/** Logos: PNG or JPEG, small enough to travel with every report view. */
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
export const MAX_LOGO_BYTES = 256 * 1024;

// A marking is printed on every page through a CSS string: one line, no control characters.
// eslint-disable-next-line no-control-regex -- the point is to refuse control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Schemas keep their messages in English (logs, the command line's checks); the catalog is the source. */
function english(message: Message): string {
  return messageText(message, 'en');
}

/** Why a marking cannot be printed, as a message the reader sees in their language; null when it can. */
export function markingProblem(text: string): Message | null {
  const trimmed = text.trim();
  if (trimmed === '') return { key: 'report:validation.markingEmpty' };
  if (trimmed.length > MAX_MARKING_LENGTH) {
    return { key: 'report:validation.markingTooLong', params: { max: MAX_MARKING_LENGTH } };
  }
  if (CONTROL.test(trimmed)) return { key: 'report:validation.markingOneLine' };
  return null;
}

export const markingSchema = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const problem = markingProblem(text);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: english(problem) });
  });

export function isMarking(text: string): boolean {
  return markingProblem(text) === null;
}

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, english({ key: 'report:validation.dateFormat' }))
  .refine(isIsoDate, english({ key: 'report:validation.dateNotInCalendar' }));

/**
 * What a report counts: a period and the categories (all when empty). The figures come from the daily
 * aggregates, which are kept per category, so the category is the one filter of the incident table a
 * report applies; the notable incidents and the stamp follow the same period and categories.
 */
export const reportQuerySchema = z
  .object({
    from: calendarDate,
    to: calendarDate,
    categories: z.array(z.enum(CATEGORY_CODES)).max(CATEGORY_CODES.length).default([]),
    notableLimit: z.number().int().min(1).max(MAX_NOTABLE_LIMIT).default(DEFAULT_NOTABLE_LIMIT),
  })
  .strict()
  .refine((q) => q.from <= q.to, english({ key: 'report:validation.periodOrder' }))
  .refine(
    (q) => !isIsoDate(q.from) || !isIsoDate(q.to) || q.from > q.to || dayCount(q) <= MAX_REPORT_DAYS,
    english({ key: 'report:validation.periodTooLong', params: { days: String(MAX_REPORT_DAYS) } }),
  );
export type ReportQuery = z.output<typeof reportQuerySchema>;

/** The analyst's settings kept with a report. */
export const reportSettingsSchema = z
  .object({
    organization: z.string().max(200).default(''),
    author: z.string().max(200).default(''),
    /** The date of issue printed in the title block; the day it is printed when empty. */
    issued: z.union([calendarDate, z.literal('')]).default(''),
    notableLimit: z.number().int().min(1).max(MAX_NOTABLE_LIMIT).default(DEFAULT_NOTABLE_LIMIT),
  })
  .strict();
export type ReportSettings = z.output<typeof reportSettingsSchema>;

/** A report as the analyst writes it; `summary` null means the sentence written from the numbers. */
export const reportDraftSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, english({ key: 'report:validation.titleEmpty' }))
      .max(200),
    from: calendarDate,
    to: calendarDate,
    categories: z.array(z.enum(CATEGORY_CODES)).max(CATEGORY_CODES.length).default([]),
    marking: markingSchema.default(DEFAULT_MARKING),
    paper: z.enum(PAPERS).default('a4'),
    language: z.enum(REPORT_LANGUAGES).default('en'),
    commentary: z.string().max(20_000).default(''),
    summary: z.string().max(5_000).nullable().default(null),
    settings: reportSettingsSchema.default({
      organization: '',
      author: '',
      issued: '',
      notableLimit: DEFAULT_NOTABLE_LIMIT,
    }),
  })
  .strict()
  .refine((d) => d.from <= d.to, english({ key: 'report:validation.periodOrder' }));
export type ReportDraft = z.output<typeof reportDraftSchema>;

/** One critical or high incident of the period, as the compact table prints it. */
export interface NotableIncident {
  id: number;
  externalId: string | null;
  occurredAt: string;
  category: CategoryCode;
  severity: string;
  title: string;
  asset: string;
}

export interface ReportAlert {
  id: number;
  rule: string;
  subject: string;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  count: number;
  /** The alert's sentence in English, as stored. */
  message: string;
  /** The sentence as a catalog message (alerts stored since migration 0013), for the report's language. */
  explanation?: Message;
  status: string;
}

export interface StampImport {
  id: number;
  fileName: string;
  sha256: string;
  /** Incidents of this import among those counted. */
  incidents: number;
}

/** What the figures were counted from, so a later regeneration can tell whether the data changed. */
export interface DatasetStamp {
  /** Incidents counted: of the period and categories. */
  incidents: number;
  imports: StampImport[];
  /** SHA-256 (hex) over each counted incident's id, occurrence time, category, severity and last change, by id. */
  contentHash: string;
  generatedAt: string;
  version: string;
  /** The zone whose days the period counts (the store's). */
  timeZone: string;
}

export interface ReportSummaries {
  en: string;
  zh: string;
}

export interface ReportFigures {
  query: ReportQuery;
  headline: Headline;
  granularity: TrendGranularity;
  trend: Trend;
  region: Breakdown;
  sector: Breakdown;
  severity: Breakdown;
  topAssets: TopValues;
  quality: DataQuality;
  notable: { rows: NotableIncident[]; total: number };
  /** Alerts whose window ends in the period; null when no alert rule exists at all. */
  alerts: { rows: ReportAlert[]; total: number } | null;
  stamp: DatasetStamp;
  /** The summary written from the numbers, in each language. */
  summaries: ReportSummaries;
}

export interface SavedReport extends ReportDraft {
  id: number;
  /** The figures as they were when the report was last saved (or regenerated and saved). */
  figures: ReportFigures;
  createdAt: string;
  updatedAt: string;
}

/** A line of the saved reports list: no figures. */
export interface SavedReportSummary {
  id: number;
  title: string;
  period: Period;
  categories: CategoryCode[];
  marking: string;
  incidents: number;
  contentHash: string;
  updatedAt: string;
}

export interface CountChange {
  /** A category code, or 'total'. */
  key: string;
  before: number;
  now: number;
}

/** What changed between the figures a report was saved with and the store now. */
export interface RegenerationDiff {
  /** True when the counted rows hash the same: same data, same numbers. */
  same: boolean;
  before: { incidents: number; contentHash: string; generatedAt: string };
  now: { incidents: number; contentHash: string; generatedAt: string };
  /** The total and every category whose count differs (empty when none do). */
  counts: CountChange[];
  importsAdded: StampImport[];
  importsRemoved: StampImport[];
  /** Plain sentences in English: "Same data, same numbers." or what changed (reportRegenerationText.ts). */
  sentences: string[];
}

export interface Regeneration {
  report: SavedReport;
  figures: ReportFigures;
  diff: RegenerationDiff;
}

export interface Letterhead {
  organization: string;
  author: string;
  /** `data:image/png;base64,…` or null. */
  logo: string | null;
}

export const letterheadInputSchema = z
  .object({
    organization: z.string().max(200),
    author: z.string().max(200),
    /** A new logo (base64 of a PNG or JPEG file), null to remove it, absent to keep the one stored. */
    logo: z
      .object({ type: z.enum(LOGO_TYPES), base64: z.string().max(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 4) })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export const DUPLICATE_PERIODS = ['next', 'next_year'] as const;
export type DuplicatePeriod = (typeof DUPLICATE_PERIODS)[number];
