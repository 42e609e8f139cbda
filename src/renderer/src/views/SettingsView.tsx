// The workstation's settings, each section saved on its own: language, time zone, letterhead, the
// default marking, storage and backups, and the label mappings of the taxonomy.
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { useOperation } from '../hooks/useOperation';
import { LabelMappingsSection } from '../settings/LabelMappingsSection';
import { LanguageSection } from '../settings/LanguageSection';
import { LetterheadSection } from '../settings/LetterheadSection';
import { MarkingSection } from '../settings/MarkingSection';
import { StorageSection } from '../settings/StorageSection';
import { TimeZoneSection } from '../settings/TimeZoneSection';

export function SettingsView() {
  const { t } = useTranslation('settings');
  const settings = useOperation('settings.get', {});
  return (
    <div className="settings-view" data-testid="settings-view">
      <h1>{t('title')}</h1>
      <LanguageSection />
      <TimeZoneSection />
      <LetterheadSection />
      {settings.error === null ? null : <ErrorNotice context={t('unreadable')} error={settings.error} />}
      {settings.value === null ? null : (
        <>
          <MarkingSection
            key={settings.value.defaultMarking}
            settings={settings.value}
            onSaved={settings.reload}
          />
          <StorageSection
            key={settings.value.backupsKept}
            settings={settings.value}
            onSaved={settings.reload}
          />
        </>
      )}
      <LabelMappingsSection />
    </div>
  );
}
