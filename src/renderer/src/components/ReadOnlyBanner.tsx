import { useTranslation } from 'react-i18next';
import { messageText } from '../../../shared/i18n/message';
import { useStoreInfo } from '../hooks/useStoreInfo';
import { currentLanguage } from '../i18n/instance';

/** Says, above every view, that the store can only be read and why: importing and editing are off. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const { value } = useStoreInfo();
  if (value?.readOnly !== true) return null;
  return (
    <div className="notice notice-error" role="status" data-testid="read-only-banner">
      <strong>{t('statusBar.readOnly')}</strong>{' '}
      {value.readOnlyText === undefined
        ? (value.readOnlyReason ?? '')
        : messageText(value.readOnlyText, currentLanguage())}
    </div>
  );
}
