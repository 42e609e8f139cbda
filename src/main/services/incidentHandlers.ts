// The incident table's reading side: filtered pages, facet counts, one incident, saved views.
import { facetCounts } from '../store/queries/facets';
import { ftsQuery } from '../store/queries/ftsQuery';
import { incidentDetail } from '../store/queries/incidentDetail';
import { listIncidents } from '../store/queries/incidents';
import { deleteView, listViews, saveView } from '../store/queries/views';
import type { Handlers, ServiceDeps } from './handlers';

type IncidentHandlers = Pick<
  Handlers,
  'incidents.list' | 'incidents.facets' | 'incidents.get' | 'views.list' | 'views.save' | 'views.delete'
>;

export function incidentHandlers({ db }: ServiceDeps): IncidentHandlers {
  return {
    'incidents.list': (input) => ({
      ...listIncidents(db, input),
      terms: input.filter.q === undefined ? [] : ftsQuery(input.filter.q).terms,
    }),
    'incidents.facets': (input) => facetCounts(db, input.filter, input.limit),
    'incidents.get': (input) => incidentDetail(db, input.id),
    'views.list': () => ({ rows: listViews(db) }),
    'views.save': (input) => saveView(db, input, new Date().toISOString()),
    'views.delete': (input) => ({ deleted: deleteView(db, input.id) }),
  };
}
