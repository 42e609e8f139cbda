import type { DataRange } from '../../../shared/domain';
import { useOperation, type OperationState } from './useOperation';

/** The first and last day with incidents; re-read whenever the store's content changes. */
export function useDataRange(): OperationState<DataRange> {
  return useOperation('stats.range', {});
}
