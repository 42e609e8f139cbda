import type { Trend, TrendDimension, TrendGranularity } from '../../../shared/domain';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import { useOperation, type OperationState } from './useOperation';

export interface TrendChoice {
  granularity: TrendGranularity;
  by: TrendDimension;
}

/** A period's incidents per bucket by one dimension; nothing while `period` is null. */
export function useTrend(
  period: Period | null,
  choice: TrendChoice,
  categories: readonly CategoryCode[],
): OperationState<Trend> {
  return useOperation(
    'stats.trend',
    {
      from: period?.from ?? '',
      to: period?.to ?? '',
      granularity: choice.granularity,
      by: choice.by,
      ...(categories.length > 0 ? { categories: [...categories] } : {}),
    },
    period !== null,
  );
}
