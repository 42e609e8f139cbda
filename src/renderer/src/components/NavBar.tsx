import { useTranslation } from 'react-i18next';
import { AlertBadge } from '../alerts/AlertBadge';
import { formatRoute, type Route, type ViewName } from '../app/route';

const LINKS: readonly { view: ViewName; route: Route }[] = [
  { view: 'incidents', route: { view: 'incidents', categories: [], sort: 'occurredAt', dir: 'desc' } },
  { view: 'dashboard', route: { view: 'dashboard', categories: [] } },
  { view: 'import', route: { view: 'import' } },
  { view: 'alerts', route: { view: 'alerts' } },
  { view: 'report', route: { view: 'report', categories: [] } },
];

/** The views, as plain links to their addresses: keyboard, middle-click and back all just work. */
export function NavBar({ current }: { current: ViewName }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav-list">
        {LINKS.map((link) => (
          <li key={link.view}>
            <a
              className="nav-link"
              href={formatRoute(link.route)}
              aria-current={link.view === current ? 'page' : undefined}
              data-testid={`nav-${link.view}`}
            >
              {t(`nav.${link.view}`)}
              {link.view === 'alerts' ? <AlertBadge /> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
