// The one rule that reads incidents rather than counts: a watchlist looks at the text, asset and
// addresses of the incidents in its scope, either those that occurred in a window (an evaluation as
// of a date, a backtest) or those stored since its last look (after an import), by id.
import type { Database } from 'better-sqlite3';
import type { RuleScope, ScopeDimension } from '../../shared/alerts';
import { addDays, type IsoDate, type Period } from '../../shared/period';
import { RowFeatures, type CompiledTerm, type WatchRow } from './watchMatch';

/** Each scope dimension's column: a fixed list, so no caller's text reaches the SQL. */
const COLUMN: Readonly<Record<ScopeDimension, string>> = {
  severity: 'severity',
  source: 'source',
  region: 'region',
  sector: 'sector',
};

export interface Match {
  id: number;
  day: IsoDate;
  /** What matched: the host, the address or the word. */
  found: string;
}

/** Incidents that occurred in a period, or those stored with an id in (afterId, upToId]. */
export type WatchRange = { occurred: Period } | { afterId: number; upToId: number };

/** Every match of every term among the scope's incidents in the range, by term text. */
export function scanMatches(
  db: Database,
  scope: RuleScope,
  range: WatchRange,
  terms: readonly CompiledTerm[],
): Map<string, Match[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if ('occurred' in range) {
    where.push('occurred_at >= ?', 'occurred_at < ?');
    params.push(range.occurred.from, addDays(range.occurred.to, 1));
  } else {
    where.push('id > ?', 'id <= ?');
    params.push(range.afterId, range.upToId);
  }
  if (scope.categories.length > 0) {
    where.push(`category IN (${scope.categories.map(() => '?').join(', ')})`);
    params.push(...scope.categories);
  }
  if (scope.dimension !== null) {
    where.push(`${COLUMN[scope.dimension.dim]} = ?`);
    params.push(scope.dimension.value);
  }
  const matches = new Map<string, Match[]>(terms.map((t) => [t.term.text, []]));
  const rows = db
    .prepare(
      `SELECT id, substr(occurred_at, 1, 10) AS day, asset, asset_ip, attacker_ip, title, description
       FROM incidents WHERE ${where.join(' AND ')} ORDER BY id`,
    )
    .iterate(...params) as IterableIterator<WatchRow & { id: number; day: string }>;
  for (const row of rows) {
    const features = new RowFeatures(row);
    for (const term of terms) {
      const found = term.match(features);
      if (found !== null) matches.get(term.term.text)?.push({ id: row.id, day: row.day, found });
    }
  }
  return matches;
}

/** Up to `n` different things that matched, in the order met. */
export function examples(matches: readonly Match[], n = 3): string[] {
  return [...new Set(matches.map((m) => m.found))].slice(0, n);
}

/** The first and last day the matches occurred on. */
export function matchSpan(matches: readonly Match[]): Period | null {
  if (matches.length === 0) return null;
  let from = matches[0]?.day ?? '';
  let to = from;
  for (const m of matches) {
    if (m.day < from) from = m.day;
    if (m.day > to) to = m.day;
  }
  return { from, to };
}

/** The store's highest incident id: where the next look for new incidents starts. */
export function lastIncidentId(db: Database): number {
  const row = db.prepare('SELECT max(id) AS id FROM incidents').get() as { id: number | null } | undefined;
  return row?.id ?? 0;
}
