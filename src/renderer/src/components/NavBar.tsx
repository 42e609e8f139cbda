import { AlertBadge } from '../alerts/AlertBadge';
import { formatRoute, type Route, type ViewName } from '../app/route';

const LINKS: readonly { view: ViewName; label: string; route: Route }[] = [
  {
    view: 'incidents',
    label: 'Incidents',
    route: { view: 'incidents', categories: [], sort: 'occurredAt', dir: 'desc' },
  },
  { view: 'dashboard', label: 'Dashboard', route: { view: 'dashboard', categories: [] } },
  { view: 'import', label: 'Import', route: { view: 'import' } },
  { view: 'alerts', label: 'Alerts', route: { view: 'alerts' } },
  { view: 'report', label: 'Report', route: { view: 'report', categories: [] } },
];

/** The views, as plain links to their addresses: keyboard, middle-click and back all just work. */
export function NavBar({ current }: { current: ViewName }) {
  return (
    <nav className="nav" aria-label="Views">
      <ul className="nav-list">
        {LINKS.map((link) => (
          <li key={link.view}>
            <a
              className="nav-link"
              href={formatRoute(link.route)}
              aria-current={link.view === current ? 'page' : undefined}
              data-testid={`nav-${link.view}`}
            >
              {link.label}
              {link.view === 'alerts' ? <AlertBadge /> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
