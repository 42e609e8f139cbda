// Pre-alerting: the alerts the rules raised (explained, linked to their incidents, acknowledged,
// snoozed or resolved), an evaluation as of any day, the rules themselves (added, edited, switched
// off, deleted) and a backtest of one rule over past days.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertRule } from '../../../shared/alerts';
import { AlertList } from '../alerts/AlertList';
import { BacktestPanel } from '../alerts/BacktestPanel';
import { EvaluatePanel } from '../alerts/EvaluatePanel';
import { RuleEditor } from '../alerts/RuleEditor';
import { RuleList } from '../alerts/RuleList';
import { useAlertsOperation } from '../alerts/useAlertsOperation';
import { ErrorNotice } from '../components/ErrorNotice';
import '../styles/alerts.css';

/** The rule being edited: a stored one, a new one, or none. */
type Editing = AlertRule | 'new' | null;

export function AlertsView() {
  const { t } = useTranslation(['alerts', 'common']);
  const rules = useAlertsOperation('alerts.rules', {});
  const [editing, setEditing] = useState<Editing>(null);
  const [backtestId, setBacktestId] = useState<number | null>(null);
  const rows = rules.value?.rows ?? [];

  return (
    <section className="view alerts-view" aria-labelledby="alerts-title">
      <header className="view-head">
        <h1 id="alerts-title">{t('common:nav.alerts')}</h1>
      </header>
      <EvaluatePanel />
      <AlertList />
      <section className="panel rules-panel" aria-labelledby="rules-title">
        <div className="panel-head">
          <h2 className="panel-title" id="rules-title">
            {t('rules.title')}
          </h2>
          <button
            type="button"
            className="button button-primary"
            aria-expanded={editing === 'new'}
            onClick={() => {
              setEditing('new');
            }}
            data-testid="rule-new"
          >
            {t('rules.new')}
          </button>
        </div>
        {editing === null ? null : (
          <RuleEditor
            key={editing === 'new' ? 'new' : editing.id}
            rule={editing === 'new' ? null : editing}
            onDone={() => {
              setEditing(null);
            }}
          />
        )}
        {rules.error === null ? null : <ErrorNotice error={rules.error} context={t('rules.couldNotRead')} />}
        <RuleList
          rules={rows}
          onEdit={(rule) => {
            setEditing(rule);
          }}
          onBacktest={(rule) => {
            setBacktestId(rule.id);
          }}
        />
      </section>
      {backtestId === null || !rows.some((r) => r.id === backtestId) ? null : (
        <BacktestPanel rules={rows} ruleId={backtestId} onRule={setBacktestId} />
      )}
    </section>
  );
}
