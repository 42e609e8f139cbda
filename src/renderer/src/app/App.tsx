import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertsView } from '../views/AlertsView';
import { DashboardView } from '../views/DashboardView';
import { ImportView } from '../views/ImportView';
import { ReportView } from '../views/ReportView';
import { IncidentsView } from '../views/IncidentsView';
import { ImportsProvider } from './ImportsContext';
import { Layout } from './Layout';
import { useRoute } from './useRoute';

export function App() {
  const route = useRoute();
  const { t } = useTranslation();

  useEffect(() => {
    document.title = t('app.documentTitle', { view: t(`nav.${route.view}`) });
  }, [route.view, t]);

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
