import { useTranslation } from 'react-i18next';
import { AlertBadge } from '../alerts/AlertBadge';
import { formatRoute, type ViewName } from '../app/route';
import { VIEW_LINKS } from '../app/viewOrder';

/** The views, as plain links to their addresses: keyboard, middle-click and back all just work. */
export function NavBar({ current }: { current: ViewName }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav-list">
        {VIEW_LINKS.map((link) => (
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
