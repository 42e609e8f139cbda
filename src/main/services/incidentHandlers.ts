// The incident table's reading side: filtered pages, facet counts, one incident, saved views.
import { VigilFault } from '../../shared/errors';
import { listIncidents } from '../store/queries/incidents';
import type { Handlers, ServiceDeps } from './handlers';

type IncidentHandlers = Pick<
  Handlers,
  'incidents.list' | 'incidents.facets' | 'incidents.get' | 'views.list' | 'views.save' | 'views.delete'
>;

export function incidentHandlers({ db }: ServiceDeps): IncidentHandlers {
  const notYet = (): never => {
    throw new VigilFault('internal', 'Not available yet.');
  };
  return {
    'incidents.list': (input) => ({
      ...listIncidents(db, {
        ...input,
        ...(input.filter.categories ? { categories: input.filter.categories } : {}),
      }),
      terms: [],
    }),
    'incidents.facets': notYet,
    'incidents.get': notYet,
    'views.list': notYet,
    'views.save': notYet,
    'views.delete': notYet,
  };
}
