// The frame around every view: header with navigation and the store's count, import activity above
// the view, a status strip, and the drop overlay whenever files are dragged over the window.
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useClientChoice } from '../api/useClientChoice';
import { DropOverlay } from '../components/DropOverlay';
import { ImportActivity } from '../components/ImportActivity';
import { IncidentCount } from '../components/IncidentCount';
import { NavBar } from '../components/NavBar';
import { ReadOnlyBanner } from '../components/ReadOnlyBanner';
import { StatusStrip } from '../components/StatusStrip';
import { useWindowFileDrop } from '../hooks/useWindowFileDrop';
import type { ViewName } from './route';
import { useImports } from './useImports';

interface Props {
  view: ViewName;
  /** Opens the keyboard shortcut sheet. */
  onShortcuts: () => void;
  children: ReactNode;
}

export function Layout({ view, onShortcuts, children }: Props) {
  const { addFiles } = useImports();
  const { hasToken } = useClientChoice();
  const dragging = useWindowFileDrop(addFiles);
  const { t } = useTranslation();

  return (
    <div className="app">
      <button
        type="button"
        className="skip-link"
        onClick={() => {
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </button>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </div>
        <NavBar current={view} />
        <IncidentCount />
        <button
          type="button"
          className="button button-small shortcut-button"
          aria-keyshortcuts="?"
          data-testid="shortcuts-button"
          onClick={onShortcuts}
        >
          {t('shortcuts.open')}
        </button>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {hasToken ? null : (
          <div className="notice notice-error" role="alert">
            <strong>{t('app.noToken')}</strong>{' '}
            <Trans i18nKey="app.noTokenHint" components={{ code: <code /> }} />
          </div>
        )}
        <ReadOnlyBanner />
        <ImportActivity />
        {children}
      </main>
      <StatusStrip />
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
