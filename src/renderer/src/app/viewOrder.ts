import type { Route, ViewName } from './route';

/** The views in navigation order, each with the address its link opens; "g" then 1–7 goes to one. */
export const VIEW_LINKS: readonly { view: ViewName; route: Route }[] = [
  { view: 'incidents', route: { view: 'incidents', categories: [], sort: 'occurredAt', dir: 'desc' } },
  { view: 'dashboard', route: { view: 'dashboard', categories: [] } },
  { view: 'import', route: { view: 'import' } },
  { view: 'alerts', route: { view: 'alerts' } },
  { view: 'report', route: { view: 'report', categories: [] } },
  { view: 'settings', route: { view: 'settings' } },
  { view: 'help', route: { view: 'help' } },
];
