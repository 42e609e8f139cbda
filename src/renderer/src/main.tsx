// Renderer entry: choose how to reach the main process (IPC in Electron, HTTP in a browser), then
// render the app. Styles are plain CSS files that Vite emits as a stylesheet, which the CSP allows.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientProvider } from './api/ClientContext';
import { chooseClient } from './api/chooseClient';
import { App } from './app/App';
import { LanguageProvider } from './i18n/LanguageProvider';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/tables.css';
import './styles/forms.css';
import './styles/import.css';
import './styles/wizard.css';
import './styles/preview.css';
import './styles/history.css';
import './styles/dashboard.css';
import './styles/dashboard-panels.css';
import './styles/incidents.css';
import './styles/print.css';
import './styles/report.css';
import './styles/settings.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ClientProvider choice={chooseClient(window)}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </ClientProvider>
  </StrictMode>,
);
