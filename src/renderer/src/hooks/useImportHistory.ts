import type { ImportRecord } from '../../../shared/domain';
import { useOperation, type ReloadableState } from './useOperation';

/** Every file imported into the store, with its counts. */
export function useImportHistory(): ReloadableState<{ rows: ImportRecord[] }> {
  return useOperation('imports.list', {});
}
