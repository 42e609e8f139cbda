import type { StoreInfo } from '../../../shared/domain';
import { useOperation, type OperationState } from './useOperation';

/** The open store: its path, schema version and how many incidents and imports it holds. */
export function useStoreInfo(): OperationState<StoreInfo> {
  return useOperation('store.info', {});
}
