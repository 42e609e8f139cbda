// What a report's summary says, before it is worded in a language: the period and its comparison, the
// total and its change, the category that grew fastest and the largest one. Chosen here once, so the
// English and the Chinese sentences always state the same facts.
import type { Headline } from '../../shared/domain';
import type { Period } from '../../shared/period';
import { CATEGORY_CODES, type CategoryCode } from '../../shared/taxonomy';

export interface CategoryFact {
  code: CategoryCode;
  count: number;
  /** Year-on-year change in percent (one decimal), for the fastest-growing category. */
  yoyPct: number | null;
  /** count / total, a fraction from 0 to 1, for the largest category. */
  share: number;
}

export interface SummaryFacts {
  period: Period;
  comparison: Period;
  /** The categories the report is limited to (empty: every category). */
  scope: CategoryCode[];
  total: number;
  previous: number;
  yoyPct: number | null;
  /** The category with the largest rise year on year (a rise, from a count above 0); null when none rose. */
  fastest: CategoryFact | null;
  /** The category with the most incidents; null when the report counts one category or none. */
  largest: CategoryFact | null;
}

/** Uncategorized is no finding about the threat: it is left out of "fastest" and "largest". */
function isNamed(code: CategoryCode): boolean {
  return code !== 'uncategorized';
}

export function summaryFacts(h: Headline, scope: readonly CategoryCode[]): SummaryFacts {
  const rows = (
    Object.entries(h.byCategory) as [CategoryCode, NonNullable<Headline['byCategory'][CategoryCode]>][]
  )
    .filter(([code, c]) => isNamed(code) && c.count > 0)
    .map(([code, c]) => ({
      code,
      count: c.count,
      yoyPct: c.yoyPct,
      share: h.total === 0 ? 0 : c.count / h.total,
    }));
  const several = rows.length > 1;
  let fastest: CategoryFact | null = null;
  let largest: CategoryFact | null = null;
  for (const row of rows) {
    // byCategory lists the largest count first, so on equal changes the larger category wins.
    if (row.yoyPct !== null && row.yoyPct > 0 && (fastest === null || row.yoyPct > (fastest.yoyPct ?? 0))) {
      fastest = row;
    }
    if (largest === null || row.count > largest.count) largest = row;
  }
  return {
    period: h.period,
    comparison: h.comparison,
    // Taxonomy order, as the window lists them, whatever order they were given in.
    scope: CATEGORY_CODES.filter((code) => scope.includes(code)),
    total: h.total,
    previous: h.previous,
    yoyPct: h.yoyPct,
    fastest: several ? fastest : null,
    largest: several ? largest : null,
  };
}
