import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkstationSettings } from '../../../shared/settings';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { MarkingPicker } from '../report/MarkingPicker';

/** The classification marking a new briefing starts with (each report can still choose another). */
export function MarkingSection({
  settings,
  onSaved,
}: {
  settings: WorkstationSettings;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const [marking, setMarking] = useState(settings.defaultMarking);
  const save = useAction('settings.set');
  const changed = marking !== settings.defaultMarking;
  return (
    <section className="panel settings-section" aria-labelledby="settings-marking">
      <h2 className="panel-title" id="settings-marking">
        {t('marking.title')}
      </h2>
      <p className="settings-note">{t('marking.note')}</p>
      <div className="settings-row">
        <MarkingPicker marking={marking} onChange={setMarking} />
        <button
          type="button"
          className="button"
          data-testid="settings-marking-save"
          disabled={!changed || save.running}
          onClick={() => {
            void save.run({ defaultMarking: marking }).then((result) => {
              if (result.ok) onSaved();
            });
          }}
        >
          {save.running ? t('common:actions.saving') : t('common:actions.save')}
        </button>
      </div>
      {save.error === null ? null : <ErrorNotice context={t('marking.notSaved')} error={save.error} />}
    </section>
  );
}
