import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertsView } from '../views/AlertsView';
import { DashboardView } from '../views/DashboardView';
import { ImportView } from '../views/ImportView';
import { ReportView } from '../views/ReportView';
import { IncidentsView } from '../views/IncidentsView';
import { HelpView } from '../views/HelpView';
import { SettingsView } from '../views/SettingsView';
import { ImportsProvider } from './ImportsContext';
import { ShortcutSheet } from './ShortcutSheet';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { Layout } from './Layout';
import { useRoute } from './useRoute';

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  const [sheetOpen, setSheetOpen] = useState(false);
  const openSheet = useCallback(() => {
    setSheetOpen(true);
  }, []);
  const closeSheet = useCallback(() => {
    setSheetOpen(false);
  }, []);
  useGlobalShortcuts(openSheet);

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
    case 'settings':
      view = <SettingsView />;
      break;
    case 'help':
      view = <HelpView topic={route.topic} />;
      break;
  }

  return (
    <ImportsProvider>
      <Layout view={route.view} onShortcuts={openSheet}>
        {view}
      </Layout>
      <ShortcutSheet open={sheetOpen} onClose={closeSheet} />
    </ImportsProvider>
  );
}
