// The message catalogs, one JSON file per language and area (locales/<language>/<namespace>.json),
// gathered for i18next. English is the reference: its files define the keys (and their types, through
// i18next.d.ts); tests/unit/i18nCatalogs.test.ts checks that Chinese has exactly the same ones.
import enAlerts from './locales/en/alerts.json';
import enCli from './locales/en/cli.json';
import enCommon from './locales/en/common.json';
import enDashboard from './locales/en/dashboard.json';
import enErrors from './locales/en/errors.json';
import enHelp from './locales/en/help.json';
import enImport from './locales/en/import.json';
import enIncidents from './locales/en/incidents.json';
import enReport from './locales/en/report.json';
import enSettings from './locales/en/settings.json';
import zhAlerts from './locales/zh/alerts.json';
import zhCli from './locales/zh/cli.json';
import zhCommon from './locales/zh/common.json';
import zhDashboard from './locales/zh/dashboard.json';
import zhErrors from './locales/zh/errors.json';
import zhHelp from './locales/zh/help.json';
import zhImport from './locales/zh/import.json';
import zhIncidents from './locales/zh/incidents.json';
import zhReport from './locales/zh/report.json';
import zhSettings from './locales/zh/settings.json';
import type { Language } from './languages';

export const english = {
  common: enCommon,
  settings: enSettings,
  help: enHelp,
  import: enImport,
  incidents: enIncidents,
  dashboard: enDashboard,
  alerts: enAlerts,
  report: enReport,
  errors: enErrors,
  cli: enCli,
};

export type Namespace = keyof typeof english;
export const NAMESPACES = Object.keys(english) as Namespace[];

type Catalog = Record<Namespace, object>;

export const resources: Readonly<Record<Language, Catalog>> = {
  en: english,
  zh: {
    common: zhCommon,
    settings: zhSettings,
    help: zhHelp,
    import: zhImport,
    incidents: zhIncidents,
    dashboard: zhDashboard,
    alerts: zhAlerts,
    report: zhReport,
    errors: zhErrors,
    cli: zhCli,
  },
};
