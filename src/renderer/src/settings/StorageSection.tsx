import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BACKUPS_KEPT, type WorkstationSettings } from '../../../shared/settings';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';

/**
 * Where the data lives and how many daily backups are kept. The data folder is chosen when Vigil
 * starts (VIGIL_DATA_DIR, or --db on the command line): a store is one file, so moving it is copying
 * that file and its backups folder while Vigil is closed.
 */
export function StorageSection({
  settings,
  onSaved,
}: {
  settings: WorkstationSettings;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const [kept, setKept] = useState(String(settings.backupsKept));
  const save = useAction('settings.set');
  const value = Number(kept);
  const valid = Number.isInteger(value) && value >= 1 && value <= MAX_BACKUPS_KEPT;
  return (
    <section className="panel settings-section" aria-labelledby="settings-storage">
      <h2 className="panel-title" id="settings-storage">
        {t('storage.title')}
      </h2>
      <dl className="settings-facts">
        <dt>{t('storage.store')}</dt>
        <dd>
          <code data-testid="settings-store-path">{settings.storePath}</code>
        </dd>
        <dt>{t('storage.backups')}</dt>
        <dd>
          <code>{settings.backupFolder}</code>
        </dd>
      </dl>
      <p className="settings-note">{t('storage.moveNote')}</p>
      <div className="settings-row">
        <label className="inline-label" htmlFor="settings-backups-kept">
          {t('storage.kept')}
        </label>
        <input
          id="settings-backups-kept"
          className="text-input number-input"
          type="number"
          min={1}
          max={MAX_BACKUPS_KEPT}
          value={kept}
          aria-invalid={!valid}
          aria-describedby="settings-backups-note"
          data-testid="settings-backups-kept"
          onChange={(e) => {
            setKept(e.target.value);
          }}
        />
        <button
          type="button"
          className="button"
          data-testid="settings-backups-save"
          disabled={!valid || value === settings.backupsKept || save.running}
          onClick={() => {
            void save.run({ backupsKept: value }).then((result) => {
              if (result.ok) onSaved();
            });
          }}
        >
          {save.running ? t('common:actions.saving') : t('common:actions.save')}
        </button>
      </div>
      <p className="settings-note" id="settings-backups-note">
        {t('storage.keptNote', { max: MAX_BACKUPS_KEPT })}
      </p>
      {save.error === null ? null : <ErrorNotice context={t('storage.notSaved')} error={save.error} />}
    </section>
  );
}
