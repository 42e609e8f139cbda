// Incidents per bucket, stacked by the chosen dimension, with the same dates a year earlier as a line
// on the same axis. Labels are drawn on the canvas as text (chart.js never parses them as HTML), so
// the names of sources, regions and sectors from an import are safe here.
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { useMemo } from 'react';
import { Chart } from 'react-chartjs-2';
import { formatCount } from '../format/count';
import { COMPARISON_COLOR } from './dimensionPalette';
import type { TrendSeriesView } from './trendSeries';
import './registerChartParts';

export const COMPARISON_LABEL = 'Same period a year earlier';

type Kind = 'bar' | 'line';

function value(item: TooltipItem<Kind>): number {
  return typeof item.raw === 'number' ? item.raw : 0;
}

/** The comparison line is the first dataset (drawn on top by its `order`); every other one is a bar. */
const LINE_INDEX = 0;

function isBar(item: TooltipItem<Kind>): boolean {
  return item.datasetIndex !== LINE_INDEX;
}

function options(axisTitle: string): ChartOptions<Kind> {
  return {
    // No animation: a chart that settles at once reads calmer, prints complete, and screenshots the same.
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: {
        stacked: true,
        grid: { display: false },
        title: { display: true, text: axisTitle, font: { weight: 'bold' } },
      },
      y: {
        stacked: true,
        beginAtZero: true,
        ticks: { precision: 0 },
        title: { display: true, text: 'Incidents', font: { weight: 'bold' } },
      },
    },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12, padding: 12 } },
      tooltip: {
        filter: (item) => !isBar(item) || value(item) !== 0,
        itemSort: (a, b) => Number(isBar(a)) - Number(isBar(b)) || value(b) - value(a),
        callbacks: {
          label: (item) => ` ${item.dataset.label ?? ''}: ${formatCount(value(item))}`,
          footer: (items) =>
            `Total: ${formatCount(items.filter(isBar).reduce((sum, item) => sum + value(item), 0))}`,
        },
      },
    },
  };
}

interface Props {
  view: TrendSeriesView;
  /** What the buckets are, for the axis title: "Week (ISO, UTC)". */
  axisTitle: string;
  description: string;
}

export function TrendChart({ view, axisTitle, description }: Props) {
  const data = useMemo((): ChartData<Kind, number[], string> => {
    const thin = view.labels.length > 120;
    return {
      labels: view.labels,
      datasets: [
        {
          type: 'line' as const,
          label: COMPARISON_LABEL,
          data: view.comparison,
          // A stack of its own: the line is the year-earlier total, never added onto the bars.
          stack: 'comparison',
          borderColor: COMPARISON_COLOR,
          // No fill: the legend then shows the line's dashed outline rather than a solid square.
          backgroundColor: 'rgba(0, 0, 0, 0)',
          pointBackgroundColor: COMPARISON_COLOR,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: thin ? 0 : 2.5,
          pointHoverRadius: 4,
          tension: 0,
          order: 0,
        },
        ...view.series.map((s) => ({
          type: 'bar' as const,
          label: s.label,
          data: s.counts,
          stack: 'period',
          backgroundColor: s.color,
          borderColor: '#ffffff',
          borderWidth: thin ? 0 : { top: 1 },
          maxBarThickness: 56,
          order: 1,
        })),
      ],
    };
  }, [view]);
  const chartOptions = useMemo(() => options(axisTitle), [axisTitle]);

  return (
    <div className="chart-box" data-testid="monthly-chart">
      <Chart
        type="bar"
        data={data}
        options={chartOptions}
        role="img"
        aria-label={description}
        fallbackContent={<p>{description}</p>}
      />
    </div>
  );
}
