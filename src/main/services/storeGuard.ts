// What every handler shares about the store under it: a read-only store answers writes with a clear
// `forbidden` before anything runs, and SQLite's own failures (locked, full, damaged) come back as
// faults a person can act on.
import type { OperationName } from '../../shared/contract';
import { VigilFault } from '../../shared/errors';
import { storeAccess } from '../store/access';
import type { Store } from '../store/open';
import { storeFault } from '../store/storeFaults';
import type { Handlers } from './handlers';

/** Operations that write to the store; every other one only reads it (an export writes its own file). */
export const WRITE_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'incidents.update',
  'changes.undo',
  'views.save',
  'views.delete',
  'import.start',
  'imports.undo',
  'mappings.save',
  'mappings.delete',
  'labels.map',
  'labels.unmap',
  'labels.import',
  'settings.set',
  'sample.load',
  'alerts.saveRule',
  'alerts.deleteRule',
  'alerts.setStatus',
  'settings.setTimeZone',
]);

export function guardStore(db: Store, handlers: Handlers): Handlers {
  const guarded: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [
    OperationName,
    (input: unknown, context: unknown) => unknown,
  ][]) {
    guarded[name] = async (input: unknown, context: unknown): Promise<unknown> => {
      const access = storeAccess(db);
      if (access.readOnly && WRITE_OPERATIONS.has(name)) {
        throw new VigilFault('forbidden', {
          key: 'errors:store.readOnly',
          params: access.readOnlyCause ?? { access: 'unknown' },
        });
      }
      try {
        return await handler(input, context);
      } catch (err) {
        throw storeFault(db, err);
      }
    };
  }
  return guarded as Handlers;
}
