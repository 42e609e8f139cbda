// The rules: what each counts, over which window, with which parameters; switched on or off in place,
// edited, backtested or deleted.
import { useState } from 'react';
import { RULE_KIND_NAMES, scopeText, type AlertRule } from '../../../shared/alerts';
import { paramsText, windowText } from '../../../shared/alertRuleText';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { bumpAlerts } from './alertsVersion';

interface Props {
  rules: readonly AlertRule[];
  onEdit: (rule: AlertRule) => void;
  onBacktest: (rule: AlertRule) => void;
}

export function RuleList({ rules, onEdit, onBacktest }: Props) {
  const save = useAction('alerts.saveRule');
  const remove = useAction('alerts.deleteRule');
  const [confirming, setConfirming] = useState<number | null>(null);
  const error = save.error ?? remove.error;

  const setEnabled = (rule: AlertRule, enabled: boolean): void => {
    const { name, scope, params } = rule;
    void save.run({ id: rule.id, rule: { name, enabled, scope, params } }).then((r) => {
      if (r.ok) bumpAlerts();
    });
  };
  const deleteRule = (rule: AlertRule): void => {
    void remove.run({ id: rule.id }).then((r) => {
      setConfirming(null);
      if (r.ok) bumpAlerts();
    });
  };

  return (
    <>
      {error === null ? null : <ErrorNotice error={error} context="The rule was not changed." />}
      <table className="data-table rule-table" data-testid="rule-table">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Rule</th>
            <th scope="col">Kind</th>
            <th scope="col">Counts</th>
            <th scope="col">Window</th>
            <th scope="col">Fires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr
              key={rule.id}
              data-testid="rule-row"
              data-rule={rule.name}
              className={rule.enabled ? undefined : 'is-off'}
            >
              <td>
                <input
                  type="checkbox"
                  aria-label={`${rule.name} enabled`}
                  checked={rule.enabled}
                  disabled={save.running}
                  onChange={(e) => {
                    setEnabled(rule, e.target.checked);
                  }}
                  data-testid="rule-enabled"
                />
              </td>
              <td className="rule-name-cell">{rule.name}</td>
              <td>{RULE_KIND_NAMES[rule.params.kind]}</td>
              <td>{scopeText(rule.scope)}</td>
              <td>{windowText(rule.params.window)}</td>
              <td className="rule-params">{paramsText(rule.params)}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    onEdit(rule);
                  }}
                  data-testid="rule-edit"
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    onBacktest(rule);
                  }}
                  data-testid="rule-backtest"
                >
                  Backtest
                </button>
                {confirming === rule.id ? (
                  <button
                    type="button"
                    className="button button-small button-danger"
                    onClick={() => {
                      deleteRule(rule);
                    }}
                    data-testid="rule-delete-confirm"
                  >
                    Delete, with its alerts
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
                    Delete
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
