// The detail pane: one incident's every field, the columns no field took, where it came from, its
// history, and triage. It reads again whenever the store changes (a triage action, an undo).
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { useOperation } from '../hooks/useOperation';
import { DetailFields } from './DetailFields';
import { HistoryList } from './HistoryList';
import { ProvenanceSection } from './ProvenanceSection';
import { splitTags } from './tagList';
import { TriageForm, type AppliedChange } from './TriageForm';

interface Props {
  id: number;
  pattern: RegExp | null;
  readOnly: boolean;
  onClose: () => void;
  onApplied: (change: AppliedChange) => void;
}

export function DetailPane({ id, pattern, readOnly, onClose, onApplied }: Props) {
  const { t } = useTranslation(['incidents', 'common']);
  const detail = useOperation('incidents.get', { id });
  const history = useOperation('incidents.history', { id });
  const d = detail.value?.id === id ? detail.value : null;

  return (
    <aside
      className="detail-pane"
      aria-label={t('pane.label')}
      data-testid="detail-pane"
      aria-busy={detail.loading}
    >
      <header className="pane-head">
        <h2 className="pane-title" title={d?.title}>
          {d === null ? t('pane.untitled') : d.title === '' ? t('pane.titleOf', { id: d.id }) : d.title}
        </h2>
        <button type="button" className="button button-icon" aria-label={t('pane.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {detail.error !== null ? <ErrorNotice error={detail.error} context={t('pane.readError')} /> : null}
      {d === null ? (
        detail.error === null ? (
          <p className="muted">{t('common:state.loading')}</p>
        ) : null
      ) : (
        <div className="pane-body">
          <section className="pane-section" aria-labelledby="pane-triage">
            <h3 id="pane-triage">{t('pane.triage')}</h3>
            <TriageForm
              key={`${String(d.id)}|${d.updatedAt}`}
              target={{ ids: [d.id] }}
              count={1}
              current={{
                status: d.status,
                severity: d.severity,
                category: d.category,
                tags: splitTags(d.tags),
                notes: d.notes,
              }}
              readOnly={readOnly}
              onApplied={onApplied}
            />
          </section>
          <section className="pane-section" aria-labelledby="pane-history-title">
            <h3 id="pane-history-title">{t('pane.history')}</h3>
            {history.error !== null ? (
              <ErrorNotice error={history.error} context={t('pane.historyError')} />
            ) : null}
            {history.value !== null ? (
              // While another incident's history is on its way, the last one's rows are not this one's.
              <HistoryList rows={history.value.rows.filter((change) => change.incidentId === id)} />
            ) : null}
          </section>
          <DetailFields detail={d} pattern={pattern} />
          <ProvenanceSection detail={d} />
        </div>
      )}
    </aside>
  );
}
