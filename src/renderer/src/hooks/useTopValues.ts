import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import type { TopDimension, TopValues } from '../../../shared/topValues';
import { useOperation, type OperationState } from './useOperation';

/** Entries a top list shows: as many as a breakdown panel's bars. */
export const TOP_LIMIT = 10;

/** A period's most frequent targets or attacking addresses; nothing while `period` is null. */
export function useTopValues(
  period: Period | null,
  by: TopDimension,
  categories: readonly CategoryCode[],
): OperationState<TopValues> {
  return useOperation(
    'stats.top',
    {
      from: period?.from ?? '',
      to: period?.to ?? '',
      by,
      limit: TOP_LIMIT,
      ...(categories.length > 0 ? { categories: [...categories] } : {}),
    },
    period !== null,
  );
}
