import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { categoryName, severityName, words } from './reportText';

/**
 * Section 4: the critical and high incidents of the period, compact; every field from an import is text.
 * A cell shows at most three lines (an id one): a title of thousands of characters must not fill pages.
 */
export function NotableSection({ figures, lang }: { figures: ReportFigures; lang: ReportLanguage }) {
  const w = words(lang);
  const { rows, total } = figures.notable;
  return (
    <section className="report-section" aria-labelledby="report-notable">
      <h2 id="report-notable">{w('notable')}</h2>
      {rows.length === 0 ? (
        <p>{w('noNotable')}</p>
      ) : (
        <>
          <p className="report-note">{w('notableNote', { shown: rows.length, total })}</p>
          <table className="report-table report-compact" data-testid="report-notable-table">
            <thead>
              <tr>
                <th scope="col">{w('id')}</th>
                <th scope="col">{w('time')}</th>
                <th scope="col">{w('category')}</th>
                <th scope="col">{w('severity')}</th>
                <th scope="col">{w('title')}</th>
                <th scope="col">{w('asset')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="report-id">
                    <span className="report-clamp-line">{r.externalId ?? `#${String(r.id)}`}</span>
                  </td>
                  <td className="report-time">{r.occurredAt.replace('T', ' ').replace(/Z$/, '')}</td>
                  <td>{categoryName(r.category, lang)}</td>
                  <td>{severityName(r.severity, lang)}</td>
                  <td className="report-text-cell">
                    <span className="report-clamp">{r.title}</span>
                  </td>
                  <td className="report-text-cell">
                    <span className="report-clamp">{r.asset}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
