import { ALERT_STATUSES, type AlertStatus } from '../../../shared/alerts';
import { ruleNameText } from '../../../shared/alertRuleText';
import { alertText } from '../../../shared/alertText';
import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { words, type DocumentWords } from './reportText';

function statusName(status: string, w: DocumentWords): string {
  return (ALERT_STATUSES as readonly string[]).includes(status)
    ? w(`alertStatus.${status as AlertStatus}`)
    : status;
}

/** Section 5: alerts whose window ends in the period; absent where no alert rule exists. */
export function AlertsSection({ figures, lang }: { figures: ReportFigures; lang: ReportLanguage }) {
  const w = words(lang);
  const alerts = figures.alerts;
  if (alerts === null) return null;
  return (
    <section className="report-section" aria-labelledby="report-alerts" data-testid="report-alerts">
      <h2 id="report-alerts">{w('alerts')}</h2>
      {alerts.rows.length === 0 ? (
        <p>{w('noAlerts')}</p>
      ) : (
        <>
          <p className="report-note">{w('alertsNote', { shown: alerts.rows.length, total: alerts.total })}</p>
          <table className="report-table report-compact">
            <thead>
              <tr>
                <th scope="col">{w('window')}</th>
                <th scope="col">{w('rule')}</th>
                <th scope="col">{w('title')}</th>
                <th scope="col">{w('status')}</th>
              </tr>
            </thead>
            <tbody>
              {alerts.rows.map((a) => (
                <tr key={a.id}>
                  <td className="report-time">
                    {a.windowStart === a.windowEnd ? a.windowEnd : `${a.windowStart} – ${a.windowEnd}`}
                  </td>
                  <td className="report-text-cell">{ruleNameText(a.rule, lang)}</td>
                  <td className="report-text-cell">
                    {a.explanation === undefined ? a.message : alertText(a.explanation, lang)}
                  </td>
                  <td>{statusName(a.status, w)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
