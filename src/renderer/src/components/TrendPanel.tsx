import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trend, TrendDimension, TrendGranularity } from '../../../shared/domain';
import { TREND_DIMENSIONS, TREND_GRANULARITIES } from '../../../shared/domain';
import { TrendChart } from '../charts/TrendChart';
import { toTrendSeries } from '../charts/trendSeries';
import { listText } from '../dashboard/dashboardText';
import { formatCount } from '../format/count';
import { periodText } from '../format/periodText';
import { TrendTable } from './TrendTable';
import { ShowAsTableButton } from './ShowAsTableButton';

interface Props {
  /** The zone the trend's days are in (the store's). */
  zone: string;
  trend: Trend;
  by: TrendDimension;
  granularity: TrendGranularity;
  onChange: (choice: { by: TrendDimension; granularity: TrendGranularity }) => void;
  /** A category's bar or legend item clicked, when the trend is by category: cross-filtering. */
  onCategoryClick?: (category: string) => void;
}

/** The trend: stacked bars by a dimension per day, week, month or quarter, as a chart or as a table. */
export function TrendPanel({ zone, trend, by, granularity, onChange, onCategoryClick }: Props) {
  const { t } = useTranslation('dashboard');
  const [asTable, setAsTable] = useState(false);
  // The answer may still be for the previous choice while the next loads: it is read as it was asked.
  // Series names are in the window's language, which re-mounts the view when it changes.
  const view = useMemo(() => toTrendSeries(trend), [trend]);
  const total = view.totals.reduce((a, b) => a + b, 0);
  const previous = view.comparison.reduce((a, b) => a + b, 0);
  const bucket = t(`trend.granularityInline.${trend.granularity}`);
  const dimension = t(`dimensionInline.${trend.by}`);
  const description = t('trend.description', {
    incidents: t('incidents', { count: total }),
    period: periodText(trend.period),
    bucket,
    dimension,
    series: listText(
      view.series.map((s) => t('trend.seriesItem', { label: s.label, n: formatCount(s.total) })),
    ),
    previous: formatCount(previous),
  });

  return (
    <section className="panel trend-panel" aria-labelledby="trend-title">
      <header className="panel-head">
        <h2 className="panel-title" id="trend-title">
          {t('trend.title', { bucket, dimension })}
        </h2>
        <div className="panel-actions">
          <label className="inline-label">
            {t('trend.by')}
            <select
              className="select"
              data-testid="trend-by"
              value={by}
              onChange={(e) => {
                const next = TREND_DIMENSIONS.find((d) => d === e.target.value);
                if (next !== undefined) onChange({ by: next, granularity });
              }}
            >
              {TREND_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`dimension.${d}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-label">
            {t('trend.per')}
            <select
              className="select"
              data-testid="trend-granularity"
              value={granularity}
              onChange={(e) => {
                const next = TREND_GRANULARITIES.find((g) => g === e.target.value);
                if (next !== undefined) onChange({ by, granularity: next });
              }}
            >
              {TREND_GRANULARITIES.map((g) => (
                <option key={g} value={g}>
                  {t(`trend.granularity.${g}`)}
                </option>
              ))}
            </select>
          </label>
          <ShowAsTableButton
            asTable={asTable}
            testId="trend-as-table"
            onToggle={() => {
              setAsTable((on) => !on);
            }}
          />
        </div>
      </header>
      {asTable ? (
        <TrendTable view={view} bucketName={t(`trend.granularity.${trend.granularity}`)} />
      ) : (
        <TrendChart
          view={view}
          axisTitle={t(`trend.axis.${trend.granularity}`, { zone })}
          description={description}
          {...(trend.by === 'category' && onCategoryClick !== undefined
            ? { onSeriesClick: onCategoryClick }
            : {})}
        />
      )}
    </section>
  );
}
