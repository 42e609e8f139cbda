import { useEffect } from 'react';
import { AlertsView } from '../views/AlertsView';
import { DashboardView } from '../views/DashboardView';
import { ImportView } from '../views/ImportView';
import { ReportView } from '../views/ReportView';
import { IncidentsView } from '../views/IncidentsView';
import { ImportsProvider } from './ImportsContext';
import { Layout } from './Layout';
import type { ViewName } from './route';
import { useRoute } from './useRoute';

const TITLES: Readonly<Record<ViewName, string>> = {
  incidents: 'Incidents',
  dashboard: 'Dashboard',
  import: 'Import',
  alerts: 'Alerts',
  report: 'Report',
};

export function App() {
  const route = useRoute();

  useEffect(() => {
    document.title = `${TITLES[route.view]} · Vigil`;
  }, [route.view]);

  let view;
  switch (route.view) {
    case 'incidents':
      view = <IncidentsView route={route} />;
      break;
    case 'dashboard':
      view = <DashboardView route={route} />;
      break;
    case 'import':
      view = <ImportView />;
      break;
    case 'alerts':
      view = <AlertsView />;
      break;
    case 'report':
      view = <ReportView route={route} />;
      break;
  }

  return (
    <ImportsProvider>
      <Layout view={route.view}>{view}</Layout>
    </ImportsProvider>
  );
}
