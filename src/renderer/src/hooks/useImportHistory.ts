import type { ImportRecord } from '../../../shared/domain';
import { useOperation, type OperationState } from './useOperation';

/** Every file imported into the store, with its counts. */
export function useImportHistory(): OperationState<{ rows: ImportRecord[] }> {
  return useOperation('imports.list', {});
}
