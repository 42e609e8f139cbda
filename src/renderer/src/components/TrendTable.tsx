import { useTranslation } from 'react-i18next';
import type { TrendSeriesView } from '../charts/trendSeries';
import { formatCount } from '../format/count';

interface Props {
  view: TrendSeriesView;
  /** The bucket column's heading: "Week", "Month". */
  bucketName: string;
}

/** The trend chart's numbers: one row per bucket, one column per series, the total and the year before. */
export function TrendTable({ view, bucketName }: Props) {
  const { t } = useTranslation(['dashboard', 'common']);
  return (
    <div className="trend-table-scroll">
      <table className="data-table trend-table" data-testid="trend-table">
        <thead>
          <tr>
            <th scope="col">{bucketName}</th>
            {view.series.map((s) => (
              <th key={s.key ?? '\u0000others'} scope="col" className="num">
                <span className="swatch" style={{ backgroundColor: s.color }} aria-hidden="true" />
                {s.label}
              </th>
            ))}
            <th scope="col" className="num">
              {t('common:state.total')}
            </th>
            <th scope="col" className="num">
              {t('chart.comparison')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.labels.map((label, i) => (
            <tr key={label}>
              <th scope="row" className="row-head">
                {label}
              </th>
              {view.series.map((s) => (
                <td key={s.key ?? '\u0000others'} className="num">
                  {formatCount(s.counts[i] ?? 0)}
                </td>
              ))}
              <td className="num strong-num">{formatCount(view.totals[i] ?? 0)}</td>
              <td className="num muted-num">{formatCount(view.comparison[i] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
