// Monthly counts as chart series: one series per category that has incidents, in taxonomy order (so
// stacks keep the same order whatever the filter), over every month from the first to the last, with
// the months without incidents as zero rather than missing (a gap in a time axis reads as a lull).
import type { MonthlyCount } from '../../../shared/domain';
import { CATEGORY_CODES, type CategoryCode } from '../../../shared/taxonomy';

export interface CategorySeries {
  category: CategoryCode;
  counts: number[];
  total: number;
}

export interface MonthlySeries {
  months: string[];
  series: CategorySeries[];
}

const MONTH = /^(\d{4})-(\d{2})$/;

function monthIndex(month: string): number | null {
  const match = MONTH.exec(month);
  if (match === null) return null;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function monthName(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included, as YYYY-MM. */
export function monthRange(first: string, last: string): string[] {
  const from = monthIndex(first);
  const to = monthIndex(last);
  if (from === null || to === null || to < from) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => monthName(from + i));
}

export function toMonthlySeries(rows: readonly MonthlyCount[]): MonthlySeries {
  const indexes = rows.map((row) => monthIndex(row.month)).filter((i): i is number => i !== null);
  if (indexes.length === 0) return { months: [], series: [] };
  const first = Math.min(...indexes);
  const months = monthRange(monthName(first), monthName(Math.max(...indexes)));
  const byCategory = new Map<CategoryCode, number[]>();
  for (const row of rows) {
    const index = monthIndex(row.month);
    if (index === null) continue;
    let counts = byCategory.get(row.category);
    if (counts === undefined) {
      counts = months.map(() => 0);
      byCategory.set(row.category, counts);
    }
    counts[index - first] = (counts[index - first] ?? 0) + row.count;
  }
  const series = CATEGORY_CODES.flatMap((category) => {
    const counts = byCategory.get(category);
    return counts === undefined ? [] : [{ category, counts, total: counts.reduce((a, b) => a + b, 0) }];
  });
  return { months, series };
}
