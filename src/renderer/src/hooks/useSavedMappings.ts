import type { SavedMapping } from '../../../shared/domain';
import { useOperation, type ReloadableState } from './useOperation';

/** The mappings saved for later files with the same header. */
export function useSavedMappings(): ReloadableState<{ rows: SavedMapping[] }> {
  return useOperation('mappings.list', {});
}
