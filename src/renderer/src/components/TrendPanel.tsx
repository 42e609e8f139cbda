import { useMemo, useState } from 'react';
import type { Trend, TrendDimension, TrendGranularity } from '../../../shared/domain';
import { TREND_DIMENSIONS, TREND_GRANULARITIES } from '../../../shared/domain';
import { TrendChart } from '../charts/TrendChart';
import { toTrendSeries } from '../charts/trendSeries';
import { countOf, formatCount } from '../format/count';
import { periodText } from '../format/periodText';
import { TrendTable } from './TrendTable';
import { ShowAsTableButton } from './ShowAsTableButton';

const DIMENSION_NAMES: Readonly<Record<TrendDimension, string>> = {
  category: 'Category',
  severity: 'Severity',
  source: 'Source',
  region: 'Region',
  sector: 'Sector',
};

const GRANULARITY_NAMES: Readonly<Record<TrendGranularity, string>> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
};

/** The axis title: what a bucket is, and the zone its days are in. */
function axisTitle(granularity: TrendGranularity, zone: string): string {
  return granularity === 'week'
    ? `ISO week, from Monday (${zone})`
    : `${GRANULARITY_NAMES[granularity]} (${zone})`;
}

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
  const [asTable, setAsTable] = useState(false);
  // The answer may still be for the previous choice while the next loads: it is read as it was asked.
  const view = useMemo(() => toTrendSeries(trend), [trend]);
  const total = view.totals.reduce((a, b) => a + b, 0);
  const previous = view.comparison.reduce((a, b) => a + b, 0);
  const description =
    `Stacked bar chart: ${countOf(total, 'incident')} from ${periodText(trend.period)} per ` +
    `${GRANULARITY_NAMES[trend.granularity].toLowerCase()}, by ${DIMENSION_NAMES[trend.by].toLowerCase()}: ` +
    `${view.series.map((s) => `${s.label} ${formatCount(s.total)}`).join(', ')}; ` +
    `a line for the same dates a year earlier (${formatCount(previous)}).`;

  return (
    <section className="panel trend-panel" aria-labelledby="trend-title">
      <header className="panel-head">
        <h2 className="panel-title" id="trend-title">
          Incidents per {GRANULARITY_NAMES[trend.granularity].toLowerCase()} by{' '}
          {DIMENSION_NAMES[trend.by].toLowerCase()}
        </h2>
        <div className="panel-actions">
          <label className="inline-label">
            By
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
                  {DIMENSION_NAMES[d]}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-label">
            Per
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
                  {GRANULARITY_NAMES[g]}
                </option>
              ))}
            </select>
          </label>
          <ShowAsTableButton
            asTable={asTable}
            testId="trend-as-table"
            onToggle={() => {
              setAsTable((t) => !t);
            }}
          />
        </div>
      </header>
      {asTable ? (
        <TrendTable view={view} bucketName={GRANULARITY_NAMES[trend.granularity]} />
      ) : (
        <TrendChart
          view={view}
          axisTitle={axisTitle(trend.granularity, zone)}
          description={description}
          {...(trend.by === 'category' && onCategoryClick !== undefined
            ? { onSeriesClick: onCategoryClick }
            : {})}
        />
      )}
    </section>
  );
}
