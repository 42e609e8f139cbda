import type { DuplicateOf } from '../../../shared/domain';
import { useOperation, type OperationState } from './useOperation';

/** The duplicate rows of one stored import and what each repeats; nothing is fetched while `importId` is null. */
export function useImportDuplicates(
  importId: number | null,
  limit: number,
): OperationState<{ rows: DuplicateOf[]; total: number }> {
  // While disabled the input is never sent; 1 only keeps its type whole.
  return useOperation('imports.duplicates', { importId: importId ?? 1, limit }, importId !== null);
}
