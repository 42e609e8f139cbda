import { useTranslation } from 'react-i18next';
import { useClientChoice } from '../api/useClientChoice';
import { errorText } from '../format/errorText';
import { useStoreInfo } from '../hooks/useStoreInfo';

/** The footer: which store is open, how the page talks to it, and that nothing leaves the machine. */
export function StatusStrip() {
  const { t } = useTranslation();
  const { transport } = useClientChoice();
  const { value, error } = useStoreInfo();
  return (
    <footer className="status-strip">
      <span className="status-item status-store" title={value?.path}>
        {error !== null
          ? t('statusBar.storeUnavailable', { message: errorText(error) })
          : value === null
            ? t('statusBar.opening')
            : t('statusBar.store', { path: value.path })}
      </span>
      {value === null ? null : (
        <>
          <span className="status-item">{t('statusBar.schema', { version: value.schemaVersion })}</span>
          <span className="status-item">{t('statusBar.imports', { count: value.imports })}</span>
        </>
      )}
      <span className="status-spacer" />
      <span className="status-item">
        {transport === 'ipc' ? t('statusBar.desktop') : t('statusBar.browser')}
      </span>
      <span className="status-item status-offline">{t('statusBar.offline')}</span>
    </footer>
  );
}
