// The taxonomy's user-added label mappings: what this workstation calls "钓鱼网站" or "Phish-Kit",
// editable here, and carried to another air-gapped machine as a file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VigilError } from '../../../shared/errors';
import type { CategoryCode } from '../../../shared/taxonomy';
import { useClient } from '../api/useClient';
import { ErrorNotice } from '../components/ErrorNotice';
import { downloadText } from '../export/download';
import { useOperation } from '../hooks/useOperation';
import { AddLabelMapping } from './AddLabelMapping';
import { LabelMappingRowView } from './LabelMappingRowView';
import { formatLabelMappingFile, parseLabelMappingFile } from './labelMappingFile';

export function LabelMappingsSection() {
  const { t } = useTranslation('settings');
  const client = useClient();
  const list = useOperation('labels.list', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<VigilError | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const rows = list.value?.rows ?? [];

  const act = async (work: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await work());
    } finally {
      setBusy(false);
      list.reload();
    }
  };

  const map = (label: string, category: CategoryCode): Promise<void> =>
    act(async () => {
      const result = await client.call('labels.map', { label, category });
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      return t('labels.mapped', { label, count: result.value.recategorized });
    });

  const remove = (label: string): Promise<void> =>
    act(async () => {
      const result = await client.call('labels.unmap', { label });
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      return t('labels.removed', { label });
    });

  const importFile = (file: File): Promise<void> =>
    act(async () => {
      const parsed = parseLabelMappingFile(await file.text());
      if (!parsed.ok) {
        const { key, ...params } = parsed.problem;
        setError({
          code: 'invalid_input',
          message: key,
          file: file.name,
          text: { key: `settings:${key}`, params },
        });
        return null;
      }
      const result = await client.call('labels.import', { rows: parsed.rows });
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      return t('labels.imported', { count: result.value.mapped, recategorized: result.value.recategorized });
    });

  return (
    <section
      className="panel settings-section"
      aria-labelledby="settings-labels"
      data-testid="settings-labels"
    >
      <h2 className="panel-title" id="settings-labels">
        {t('labels.title')}
      </h2>
      <p className="settings-note">{t('labels.note')}</p>
      <AddLabelMapping busy={busy} onAdd={(label, category) => void map(label, category)} />
      {rows.length === 0 ? (
        <p className="settings-note" data-testid="settings-labels-empty">
          {t('labels.none')}
        </p>
      ) : (
        <table className="data-table settings-labels-table">
          <caption className="visually-hidden">{t('labels.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('labels.label')}</th>
              <th scope="col">{t('labels.category')}</th>
              <th scope="col">{t('labels.added')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('labels.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((mapping) => (
              <LabelMappingRowView
                key={mapping.label}
                mapping={mapping}
                busy={busy}
                onMap={(label, category) => void map(label, category)}
                onRemove={(label) => void remove(label)}
              />
            ))}
          </tbody>
        </table>
      )}
      <div className="settings-row">
        <button
          type="button"
          className="button"
          data-testid="settings-labels-export"
          disabled={rows.length === 0}
          onClick={() => {
            downloadText('vigil-label-mappings.json', formatLabelMappingFile(rows), 'application/json');
          }}
        >
          {t('labels.export')}
        </button>
        <label className="button file-button">
          {t('labels.import')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="settings-labels-import"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file !== undefined) void importFile(file);
            }}
          />
        </label>
      </div>
      <p role="status" className="settings-outcome" data-testid="settings-labels-outcome">
        {outcome}
      </p>
      {error === null ? null : <ErrorNotice context={t('labels.failed')} error={error} />}
      {list.error === null ? null : <ErrorNotice context={t('labels.unreadable')} error={list.error} />}
    </section>
  );
}
