// The rules: what each counts, over which window, with which parameters; switched on or off in place,
// edited, backtested or deleted.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scopeText, type AlertRule } from '../../../shared/alerts';
import { paramsText, windowText } from '../../../shared/alertRuleText';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { currentLanguage } from '../i18n/instance';
import { bumpAlerts } from './alertsVersion';
import { ruleName } from './alertWords';

interface Props {
  rules: readonly AlertRule[];
  onEdit: (rule: AlertRule) => void;
  onBacktest: (rule: AlertRule) => void;
}

export function RuleList({ rules, onEdit, onBacktest }: Props) {
  const { t } = useTranslation(['alerts', 'common']);
  const language = currentLanguage();
  const save = useAction('alerts.saveRule');
  const remove = useAction('alerts.deleteRule');
  const [confirming, setConfirming] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const error = save.error ?? remove.error;

  useEffect(() => {
    // The Delete button is replaced by the one that confirms: keep the keyboard where it was.
    if (confirming !== null) confirmButton.current?.focus();
  }, [confirming]);

  const setEnabled = (rule: AlertRule, enabled: boolean): void => {
    const { name, scope, params } = rule;
    void save.run({ id: rule.id, rule: { name, enabled, scope, params } }).then((r) => {
      if (!r.ok) return;
      setAnnouncement(t(enabled ? 'rules.switchedOn' : 'rules.switchedOff', { name: ruleName(name) }));
      bumpAlerts();
    });
  };
  const deleteRule = (rule: AlertRule): void => {
    void remove.run({ id: rule.id }).then((r) => {
      setConfirming(null);
      if (!r.ok) return;
      setAnnouncement(t('rules.deleted', { name: ruleName(rule.name) }));
      bumpAlerts();
    });
  };

  return (
    <>
      {error === null ? null : <ErrorNotice error={error} context={t('rules.notChanged')} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <table className="data-table rule-table" data-testid="rule-table">
        <thead>
          <tr>
            <th scope="col">{t('rules.columns.on')}</th>
            <th scope="col">{t('rules.columns.rule')}</th>
            <th scope="col">{t('rules.columns.kind')}</th>
            <th scope="col">{t('rules.columns.counts')}</th>
            <th scope="col">{t('rules.columns.window')}</th>
            <th scope="col">{t('rules.columns.fires')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('rules.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const name = ruleName(rule.name);
            return (
              <tr
                key={rule.id}
                data-testid="rule-row"
                data-rule={rule.name}
                className={rule.enabled ? undefined : 'is-off'}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('rules.enabledLabel', { name })}
                    checked={rule.enabled}
                    disabled={save.running}
                    onChange={(e) => {
                      setEnabled(rule, e.target.checked);
                    }}
                    data-testid="rule-enabled"
                  />
                </td>
                <td className="rule-name-cell">{name}</td>
                <td>{t(`kinds.${rule.params.kind}`)}</td>
                <td>{scopeText(rule.scope, language)}</td>
                <td>{windowText(rule.params.window, language)}</td>
                <td className="rule-params">{paramsText(rule.params, language)}</td>
                <td className="row-actions">
                  <span className="rule-actions" role="group" aria-label={t('rules.actionsFor', { name })}>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        onEdit(rule);
                      }}
                      data-testid="rule-edit"
                    >
                      {t('common:actions.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        onBacktest(rule);
                      }}
                      data-testid="rule-backtest"
                    >
                      {t('rules.backtest')}
                    </button>
                    {confirming === rule.id ? (
                      <button
                        ref={confirmButton}
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => {
                          deleteRule(rule);
                        }}
                        data-testid="rule-delete-confirm"
                      >
                        {t('rules.deleteConfirm')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => {
                          setConfirming(rule.id);
                        }}
                        data-testid="rule-delete"
                      >
                        {t('common:actions.delete')}
                      </button>
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
