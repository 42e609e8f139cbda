import { useTranslation } from 'react-i18next';
import { TimeZoneSetting } from '../components/TimeZoneSetting';
import { useWorkstationZone } from '../hooks/useWorkstationZone';

/** The time zone whose days the statistics count (the same control as on the dashboard). */
export function TimeZoneSection() {
  const { t } = useTranslation('settings');
  const zone = useWorkstationZone();
  return (
    <section className="panel settings-section" aria-labelledby="settings-zone">
      <h2 className="panel-title" id="settings-zone">
        {t('timeZone.title')}
      </h2>
      <p className="settings-note">{t('timeZone.note')}</p>
      <TimeZoneSetting zone={zone} />
    </section>
  );
}
