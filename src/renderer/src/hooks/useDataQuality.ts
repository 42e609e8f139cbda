import type { DataQuality } from '../../../shared/domain';
import type { Period } from '../../../shared/period';
import { useOperation, type OperationState } from './useOperation';

/**
 * How far a period's figures can be trusted; nothing while `period` is null. It ignores the category
 * filter on purpose: uncategorized incidents are what a filter by category leaves out.
 */
export function useDataQuality(period: Period | null): OperationState<DataQuality> {
  return useOperation('stats.quality', { from: period?.from ?? '', to: period?.to ?? '' }, period !== null);
}
