// What an analyst must see before trusting a figure for a period: how many of its incidents have no
// category, no source or no region, which labels no category knows yet, and how many rows the imports
// behind the store rejected.
//
// The counts come from the daily aggregates, like every other figure on the dashboard, so
// they add up with the headline and the breakdowns. The unknown labels are the one thing read from the
// incidents table: the aggregate keeps the category, not the label it was read from. Rejects come from
// the imports table, which keeps each file's counts.
import type { Database } from 'better-sqlite3';
import type { CountShare, DataQuality, ImportRejects, LabelCount, SourceRejects } from '../../shared/domain';
import { importMappingSchema } from '../../shared/mapping';
import type { Period } from '../../shared/period';
import { periodInstants, storeTimeZone } from '../store/localDay';
import { statsPeriod } from './breakdown';

export interface DataQualityQuery extends Period {
  /** The zone the dates are in; 'UTC' when absent, and the only one counted for now (as the headline). */
  timeZone?: string | undefined;
}

export type { CountShare, DataQuality, ImportRejects, SourceRejects };

export const UNKNOWN_LABELS_LIMIT = 20;
export const REJECTED_IMPORTS_LIMIT = 50;

/**
 * The period's unknown labels. Written so SQLite seeks the index incidents_category_occurred (category,
 * occurred_at, id) to the uncategorized incidents of the period and visits only those; the test checks
 * the plan. The period's bounds are the instants its first day starts and the day after its last starts
 * in the store's time zone (localDay.ts periodInstants), the same days the aggregates count.
 */
export const UNKNOWN_LABELS_SQL = `SELECT category_raw AS label, count(*) AS count FROM incidents
  WHERE category = 'uncategorized' AND occurred_at >= ? AND occurred_at < ? AND category_raw <> ''
  GROUP BY category_raw ORDER BY count DESC, label LIMIT ?`;

export function dataQuality(db: Database, query: DataQualityQuery): DataQuality {
  const zone = storeTimeZone(db);
  const period = statsPeriod(query, zone);
  const bounds = periodInstants(period, zone);
  const counts = db
    .prepare(
      `SELECT coalesce(sum(n), 0) AS total,
              coalesce(sum(CASE WHEN category = 'uncategorized' THEN n END), 0) AS uncategorized,
              (SELECT coalesce(sum(n), 0) FROM agg_day_dim
               WHERE dim = 'source' AND category = '*' AND day BETWEEN @from AND @to AND value = '') AS withoutSource,
              (SELECT coalesce(sum(n), 0) FROM agg_day_dim
               WHERE dim = 'region' AND category = '*' AND day BETWEEN @from AND @to AND value = '') AS withoutRegion
       FROM agg_day_category WHERE day BETWEEN @from AND @to`,
    )
    .get({ from: period.from, to: period.to }) as {
    total: number;
    uncategorized: number;
    withoutSource: number;
    withoutRegion: number;
  };
  const of = (count: number): CountShare => ({
    count,
    share: counts.total === 0 ? 0 : count / counts.total,
  });
  const unknownLabels = db
    .prepare(UNKNOWN_LABELS_SQL)
    .all(bounds.start, bounds.end, UNKNOWN_LABELS_LIMIT) as LabelCount[];
  const imports = rejectedImports(db);
  return {
    period,
    total: counts.total,
    uncategorized: of(counts.uncategorized),
    withoutSource: of(counts.withoutSource),
    withoutRegion: of(counts.withoutRegion),
    unknownLabels,
    rejectedByImport: imports.slice(0, REJECTED_IMPORTS_LIMIT).map((i) => ({
      importId: i.importId,
      fileName: i.fileName,
      rows: i.rows,
      rejected: i.rejected,
      share: i.rows === 0 ? 0 : i.rejected / i.rows,
    })),
    rejectedBySource: rejectsBySource(imports),
  };
}

interface RejectingImport {
  importId: number;
  fileName: string;
  rows: number;
  rejected: number;
  mapping: string;
}

/**
 * Every import that rejected rows and is not undone (undoing an import takes its incidents out of every
 * figure, so its rejects no longer bear on any), the most rejects first, then the oldest.
 *
 * Not only the imports whose incidents fall in the period, because a rejected row has no date to place
 * it in one: the commonest reason to reject a row is an occurrence time that is empty or cannot be read.
 * A file of 2015 incidents may have rejected rows from 2016, and a file whose every row was rejected
 * stored nothing, so it falls in no period at all; choosing by stored incidents would hide exactly that
 * worst case. Choosing by period would also mean reading the incidents table (the aggregates do not know
 * imports), which the dashboard's figures never do.
 */
function rejectedImports(db: Database): RejectingImport[] {
  return db
    .prepare(
      `SELECT id AS importId, file_name AS fileName, rows_total AS rows, rejected, mapping FROM imports
       WHERE undone_at IS NULL AND rejected > 0
       ORDER BY rejected DESC, id`,
    )
    .all() as RejectingImport[];
}

/**
 * Rejects by the source their rows would have had. A reject is kept as raw text and a reason, never
 * parsed into fields, so its source is known only when it does not depend on the row: when the import's
 * mapping set the source to a constant (the importer trims it, as here) or mapped no source (''). When
 * the source was read from a column, the row's own value is unknowable (a row rejected for its field
 * count has no trustworthy columns at all), so those rejects are counted under null rather than guessed
 * from the file name or the import's other rows.
 */
function rejectsBySource(imports: readonly RejectingImport[]): SourceRejects[] {
  const bySource = new Map<string | null, SourceRejects>();
  for (const i of imports) {
    const source = sourceOfRejects(i.mapping);
    const entry = bySource.get(source) ?? { source, rejected: 0, imports: 0 };
    entry.rejected += i.rejected;
    entry.imports += 1;
    bySource.set(source, entry);
  }
  return [...bySource.values()].sort(
    (a, b) =>
      b.rejected - a.rejected ||
      (a.source === null ? 1 : 0) - (b.source === null ? 1 : 0) ||
      compareBinary(a.source ?? '', b.source ?? ''),
  );
}

function sourceOfRejects(mappingJson: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(mappingJson);
  } catch {
    return null;
  }
  // A mapping stored by an older build that no longer reads as one tells nothing about the source.
  const mapping = importMappingSchema.safeParse(parsed);
  if (!mapping.success) return null;
  const source = mapping.data.fields.source;
  if (source === undefined) return '';
  return source.kind === 'constant' ? source.value.trim() : null;
}

/** UTF-8 byte order, the order SQLite's binary collation gives the same strings in the breakdowns. */
function compareBinary(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
