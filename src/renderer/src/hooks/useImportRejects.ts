import type { ImportReject } from '../../../shared/domain';
import { useOperation, type OperationState } from './useOperation';

/** The rejected lines of one stored import; nothing is fetched while `importId` is null. */
export function useImportRejects(
  importId: number | null,
  limit: number,
): OperationState<{ rows: ImportReject[]; total: number }> {
  // While disabled the input is never sent; 1 only keeps its type whole.
  return useOperation('imports.rejects', { importId: importId ?? 1, limit }, importId !== null);
}
