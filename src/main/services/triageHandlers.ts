// The incident table's writing side: triage edits with their history and undo, and export.
import { VigilFault } from '../../shared/errors';
import type { Handlers, ServiceDeps } from './handlers';

type TriageHandlers = Pick<
  Handlers,
  'incidents.update' | 'incidents.history' | 'changes.list' | 'changes.undo' | 'incidents.export'
>;

export function triageHandlers(_deps: ServiceDeps): TriageHandlers {
  const notYet = (): never => {
    throw new VigilFault('internal', 'Not available yet.');
  };
  return {
    'incidents.update': notYet,
    'incidents.history': notYet,
    'changes.list': notYet,
    'changes.undo': notYet,
    'incidents.export': notYet,
  };
}
