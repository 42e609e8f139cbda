// Keys are checked at compile time against the English catalogs: t('nav.incidentz') does not build.
import 'i18next';
import type { english } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof english;
  }
}
