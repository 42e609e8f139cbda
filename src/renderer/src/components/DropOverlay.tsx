import { useTranslation } from 'react-i18next';

/** Covers the window while files are dragged over it, so it is clear a drop anywhere will import. */
export function DropOverlay() {
  const { t } = useTranslation('import');
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-target">
        <div className="drop-title">{t('drop.title')}</div>
        <div className="drop-hint">{t('drop.hint')}</div>
      </div>
    </div>
  );
}
