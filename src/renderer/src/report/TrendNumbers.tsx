import type { TrendGranularity } from '../../../shared/domain';
import type { ReportLanguage } from '../../../shared/report';
import type { TrendSeriesView } from '../charts/trendSeries';
import { bucketHeading, bucketName, countText, words } from './reportText';

interface Props {
  view: TrendSeriesView;
  granularity: TrendGranularity;
  lang: ReportLanguage;
}

/** The trend chart's numbers: one row per bucket, one column per category, the total and the year before. */
export function TrendNumbers({ view, granularity, lang }: Props) {
  const w = words(lang);
  return (
    <table className="report-table report-compact report-trend-table" data-testid="report-trend-table">
      <caption>{w('trendTable', { bucket: bucketName(granularity, lang) })}</caption>
      <thead>
        <tr>
          <th scope="col">{bucketHeading(granularity, lang)}</th>
          {view.series.map((s) => (
            <th key={s.key ?? '\u0000others'} scope="col" className="num">
              {s.label}
            </th>
          ))}
          <th scope="col" className="num">
            {w('total')}
          </th>
          <th scope="col" className="num">
            {w('sameDatesYearEarlier')}
          </th>
        </tr>
      </thead>
      <tbody>
        {view.labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {view.series.map((s) => (
              <td key={s.key ?? '\u0000others'} className="num">
                {countText(s.counts[i] ?? 0, lang)}
              </td>
            ))}
            <td className="num">{countText(view.totals[i] ?? 0, lang)}</td>
            <td className="num">{countText(view.comparison[i] ?? 0, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
