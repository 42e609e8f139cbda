import type { Headline } from '../../../shared/domain';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import { useOperation, type OperationState } from './useOperation';

/** A period's headline figures for the categories given (all when none); nothing while `period` is null. */
export function useHeadline(
  period: Period | null,
  categories: readonly CategoryCode[],
): OperationState<Headline> {
  return useOperation(
    'stats.headline',
    {
      from: period?.from ?? '',
      to: period?.to ?? '',
      ...(categories.length > 0 ? { categories: [...categories] } : {}),
    },
    period !== null,
  );
}
