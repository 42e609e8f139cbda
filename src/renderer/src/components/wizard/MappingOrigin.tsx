import { useTranslation } from 'react-i18next';
import type { MappingBase } from '../../hooks/wizardEntry';

interface Props {
  origin: MappingBase | null;
  changed: boolean;
  onReset: () => void;
}

/** Where the mapping came from (a saved mapping, or Vigil's reading of the header), and a way back to it. */
export function MappingOrigin({ origin, changed, onReset }: Props) {
  const { t } = useTranslation('import');
  if (origin === null) return null;
  const from =
    origin.origin === 'saved' && origin.savedMapping !== null
      ? t('wizard.origin.saved', { name: origin.savedMapping.name })
      : t('wizard.origin.suggested');
  return (
    <p className="mapping-origin" data-testid="mapping-origin">
      <span className={origin.origin === 'saved' ? 'origin-badge is-saved' : 'origin-badge'}>{from}</span>
      {changed ? (
        <>
          <span className="muted"> · {t('wizard.origin.changed')}</span>
          <button type="button" className="button button-small" onClick={onReset}>
            {origin.origin === 'saved' ? t('wizard.origin.backToSaved') : t('wizard.origin.backToSuggestion')}
          </button>
        </>
      ) : null}
    </p>
  );
}
