import type { MonthlyCount } from '../../../shared/domain';
import type { CategoryCode } from '../../../shared/taxonomy';
import { useOperation, type OperationState } from './useOperation';

/** Incidents per month and category, for the categories given (all when none). */
export function useMonthlyCounts(
  categories: readonly CategoryCode[],
): OperationState<{ rows: MonthlyCount[] }> {
  return useOperation(
    'stats.monthlyByCategory',
    categories.length > 0 ? { categories: [...categories] } : {},
  );
}
