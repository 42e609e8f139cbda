import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { ReportChange } from './ReportChange';
import { categoryName, countText, shareText, words } from './reportText';

/** The period's categories with their counts, shares and changes, and the total. */
export function CategoryTable({ figures, lang }: { figures: ReportFigures; lang: ReportLanguage }) {
  const w = words(lang);
  const h = figures.headline;
  const rows = Object.entries(h.byCategory).filter(([, c]) => c.count > 0 || c.previous > 0);
  return (
    <table className="report-table report-category-table" data-testid="report-category-table">
      <thead>
        <tr>
          <th scope="col">{w('category')}</th>
          <th scope="col" className="num">
            {w('count')}
          </th>
          <th scope="col" className="num">
            {w('share')}
          </th>
          <th scope="col" className="num">
            {w('yearEarlier')}
          </th>
          <th scope="col" className="num">
            {w('yoy')}
          </th>
          <th scope="col" className="num">
            {w('periodBefore')}
          </th>
          <th scope="col" className="num">
            {w('change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([code, c]) => (
          <tr key={code} data-category={code}>
            <th scope="row">{categoryName(code, lang)}</th>
            <td className="num">{countText(c.count, lang)}</td>
            <td className="num">{shareText(h.total === 0 ? 0 : c.count / h.total, lang)}</td>
            <td className="num">{countText(c.previous, lang)}</td>
            <td className="num">
              <ReportChange pct={c.yoyPct} lang={lang} />
            </td>
            <td className="num">{countText(c.previousPeriodCount, lang)}</td>
            <td className="num">
              <ReportChange pct={c.changePct} lang={lang} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{w('total')}</th>
          <td className="num">{countText(h.total, lang)}</td>
          <td className="num">{h.total === 0 ? '' : shareText(1, lang)}</td>
          <td className="num">{countText(h.previous, lang)}</td>
          <td className="num">
            <ReportChange pct={h.yoyPct} lang={lang} />
          </td>
          <td className="num">{countText(h.previousPeriodTotal, lang)}</td>
          <td className="num">
            <ReportChange pct={h.changePct} lang={lang} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
