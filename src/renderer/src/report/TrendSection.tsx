import { useMemo } from 'react';
import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { TrendChart } from '../charts/TrendChart';
import { toTrendSeries } from '../charts/trendSeries';
import { ChangeValue } from '../components/ChangeValue';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';
import { bucketName, categoryName, fill, periodLabel, words } from './reportText';

/** Section 2: the trend with the year before drawn beside it, and the table of categories. */
export function TrendSection({ figures, lang }: { figures: ReportFigures; lang: ReportLanguage }) {
  const w = words(lang);
  const h = figures.headline;
  const view = useMemo(() => toTrendSeries(figures.trend), [figures.trend]);
  const caption = fill(w.trendCaption, { bucket: bucketName(figures.granularity, lang) });
  const description = `${caption}: ${periodLabel(h.period, lang)}, ${view.series
    .map((s) => `${s.label} ${formatCount(s.total)}`)
    .join(', ')}.`;
  const rows = Object.entries(h.byCategory).filter(([, c]) => c.count > 0 || c.previous > 0);
  return (
    <section className="report-section" aria-labelledby="report-trend">
      <h2 id="report-trend">{w.trend}</h2>
      <figure className="report-chart">
        <TrendChart view={view} axisTitle={bucketName(figures.granularity, lang)} description={description} />
        <figcaption>{caption}</figcaption>
      </figure>
      <table className="report-table report-category-table" data-testid="report-category-table">
        <thead>
          <tr>
            <th scope="col">{w.category}</th>
            <th scope="col" className="num">
              {w.count}
            </th>
            <th scope="col" className="num">
              {w.share}
            </th>
            <th scope="col" className="num">
              {w.yearEarlier}
            </th>
            <th scope="col" className="num">
              {w.yoy}
            </th>
            <th scope="col" className="num">
              {w.periodBefore}
            </th>
            <th scope="col" className="num">
              {w.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([code, c]) => (
            <tr key={code} data-category={code}>
              <th scope="row">{categoryName(code, lang)}</th>
              <td className="num">{formatCount(c.count)}</td>
              <td className="num">{sharePct(h.total === 0 ? 0 : c.count / h.total)}</td>
              <td className="num">{formatCount(c.previous)}</td>
              <td className="num">
                <ChangeValue pct={c.yoyPct} />
              </td>
              <td className="num">{formatCount(c.previousPeriodCount)}</td>
              <td className="num">
                <ChangeValue pct={c.changePct} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{w.total}</th>
            <td className="num">{formatCount(h.total)}</td>
            <td className="num">{h.total === 0 ? '' : '100.0%'}</td>
            <td className="num">{formatCount(h.previous)}</td>
            <td className="num">
              <ChangeValue pct={h.yoyPct} />
            </td>
            <td className="num">{formatCount(h.previousPeriodTotal)}</td>
            <td className="num">
              <ChangeValue pct={h.changePct} />
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
