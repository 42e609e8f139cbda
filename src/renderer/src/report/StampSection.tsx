import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { countText, words } from './reportText';

/** Section 7: how the figures were counted and the stamp of the data they were counted from. */
export function StampSection({ figures, lang }: { figures: ReportFigures; lang: ReportLanguage }) {
  const w = words(lang);
  const s = figures.stamp;
  return (
    <section
      className="report-section report-stamp"
      aria-labelledby="report-method"
      data-testid="report-stamp"
    >
      <h2 id="report-method">{w('method')}</h2>
      <p className="report-note">{w('methodText', { zone: s.timeZone })}</p>
      <dl className="report-stamp-list">
        <div>
          <dt>{w('counted')}</dt>
          <dd data-testid="report-stamp-incidents">{countText(s.incidents, lang)}</dd>
        </div>
        <div>
          <dt>{w('contentHash')}</dt>
          <dd className="report-hash" data-testid="report-stamp-hash">
            {s.contentHash}
          </dd>
        </div>
        <div>
          <dt>{w('generated')}</dt>
          <dd>{s.generatedAt}</dd>
        </div>
        <div>
          <dt>{w('version')}</dt>
          <dd>{s.version}</dd>
        </div>
      </dl>
      <h3 id="report-imports">{w('imports')}</h3>
      <table className="report-table report-compact report-imports" aria-labelledby="report-imports">
        <thead>
          <tr>
            <th scope="col">{w('importId')}</th>
            <th scope="col">{w('importFile')}</th>
            <th scope="col" className="num">
              {w('incidents')}
            </th>
            <th scope="col">{w('importHash')}</th>
          </tr>
        </thead>
        <tbody>
          {s.imports.map((i) => (
            <tr key={i.id}>
              <td className="report-id">{String(i.id)}</td>
              <td className="report-text-cell">{i.fileName}</td>
              <td className="num">{countText(i.incidents, lang)}</td>
              <td className="report-hash">{i.sha256}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
