import type { Breakdown, BreakdownDimension } from '../../../shared/domain';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import { useOperation, type OperationState } from './useOperation';

/** Bars a breakdown panel draws: few enough that every name stays readable beside its bar. */
export const BREAKDOWN_LIMIT = 10;

/** A period's incidents by one dimension, the largest values first; nothing while `period` is null. */
export function useBreakdown(
  period: Period | null,
  by: BreakdownDimension,
  categories: readonly CategoryCode[],
): OperationState<Breakdown> {
  return useOperation(
    'stats.breakdown',
    {
      from: period?.from ?? '',
      to: period?.to ?? '',
      by,
      limit: BREAKDOWN_LIMIT,
      ...(categories.length > 0 ? { categories: [...categories] } : {}),
    },
    period !== null,
  );
}
