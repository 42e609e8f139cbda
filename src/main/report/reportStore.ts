// Saved reports in the `reports` table (migration 0011): what the analyst chose and wrote, with the
// figures and the stamp they were saved with. JSON columns are read back through the same schemas
// that let them in, so a row written by an older build that no longer parses is reported, not guessed.
import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import {
  reportDraftSchema,
  type ReportDraft,
  type ReportFigures,
  type SavedReport,
  type SavedReportSummary,
} from '../../shared/report';
import type { CategoryCode } from '../../shared/taxonomy';

interface ReportRow {
  id: number;
  title: string;
  period_from: string;
  period_to: string;
  filters: string;
  marking: string;
  paper: string;
  language: string;
  commentary: string;
  summary: string | null;
  settings: string;
  figures: string;
  created_at: string;
  updated_at: string;
}

function noSavedReport(id: number): VigilFault {
  return new VigilFault('not_found', { key: 'report:errors.noSavedReport', params: { id: String(id) } });
}

function draftOf(row: ReportRow): ReportDraft {
  const filters = JSON.parse(row.filters) as { categories?: unknown };
  const parsed = reportDraftSchema.safeParse({
    title: row.title,
    from: row.period_from,
    to: row.period_to,
    categories: filters.categories ?? [],
    marking: row.marking,
    paper: row.paper,
    language: row.language,
    commentary: row.commentary,
    summary: row.summary,
    settings: JSON.parse(row.settings) as unknown,
  });
  if (!parsed.success) {
    throw new VigilFault('internal', {
      key: 'report:errors.unreadable',
      params: { id: String(row.id), reason: parsed.error.message },
    });
  }
  return parsed.data;
}

export function getReport(db: Database, id: number): SavedReport {
  const row = db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
  if (row === undefined) throw noSavedReport(id);
  return {
    ...draftOf(row),
    id: row.id,
    figures: JSON.parse(row.figures) as ReportFigures,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listReports(db: Database): SavedReportSummary[] {
  const rows = db
    .prepare(
      `SELECT id, title, period_from, period_to, filters, marking, incidents, content_hash, updated_at
       FROM reports ORDER BY updated_at DESC, id DESC`,
    )
    .all() as {
    id: number;
    title: string;
    period_from: string;
    period_to: string;
    filters: string;
    marking: string;
    incidents: number;
    content_hash: string;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    period: { from: r.period_from, to: r.period_to },
    categories: ((JSON.parse(r.filters) as { categories?: CategoryCode[] }).categories ?? []).slice(),
    marking: r.marking,
    incidents: r.incidents,
    contentHash: r.content_hash,
    updatedAt: r.updated_at,
  }));
}

/** Inserts a report (id null) or replaces report `id`; returns its id. */
export function writeReport(
  db: Database,
  id: number | null,
  draft: ReportDraft,
  figures: ReportFigures,
  now: string,
): number {
  const values = {
    title: draft.title,
    from: draft.from,
    to: draft.to,
    filters: JSON.stringify({ categories: draft.categories }),
    marking: draft.marking,
    paper: draft.paper,
    language: draft.language,
    commentary: draft.commentary,
    summary: draft.summary,
    settings: JSON.stringify(draft.settings),
    incidents: figures.stamp.incidents,
    hash: figures.stamp.contentHash,
    stamp: JSON.stringify(figures.stamp),
    figures: JSON.stringify(figures),
    now,
  };
  if (id === null) {
    return Number(
      db
        .prepare(
          `INSERT INTO reports (title, period_from, period_to, filters, marking, paper, language, commentary,
             summary, settings, incidents, content_hash, stamp, figures, created_at, updated_at)
           VALUES (@title, @from, @to, @filters, @marking, @paper, @language, @commentary, @summary, @settings,
             @incidents, @hash, @stamp, @figures, @now, @now)`,
        )
        .run(values).lastInsertRowid,
    );
  }
  const changed = db
    .prepare(
      `UPDATE reports SET title = @title, period_from = @from, period_to = @to, filters = @filters,
         marking = @marking, paper = @paper, language = @language, commentary = @commentary,
         summary = @summary, settings = @settings, incidents = @incidents, content_hash = @hash,
         stamp = @stamp, figures = @figures, updated_at = @now
       WHERE id = @id`,
    )
    .run({ ...values, id }).changes;
  if (changed === 0) throw noSavedReport(id);
  return id;
}

export function deleteReport(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM reports WHERE id = ?').run(id).changes > 0;
}
