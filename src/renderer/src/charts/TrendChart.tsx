// Incidents per bucket, stacked by the chosen dimension, with the same dates a year earlier as a line
// on the same axis. Labels are drawn on the canvas as text (chart.js never parses them as HTML), so
// the names of sources, regions and sectors from an import are safe here.
import type { Chart as ChartJs, ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { useMemo, useRef, type MouseEvent } from 'react';
import { Chart, getElementAtEvent } from 'react-chartjs-2';
import { formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { dashboardText } from '../dashboard/dashboardText';
import { currentLanguage } from '../i18n/instance';
import { COMPARISON_COLOR } from './dimensionPalette';
import { patternFill } from './patterns';
import type { TrendSeriesView } from './trendSeries';
import './registerChartParts';

type Kind = 'bar' | 'line';

function value(item: TooltipItem<Kind>): number {
  return typeof item.raw === 'number' ? item.raw : 0;
}

/** The comparison line is the first dataset (drawn on top by its `order`); every other one is a bar. */
const LINE_INDEX = 0;

function isBar(item: TooltipItem<Kind>): boolean {
  return item.datasetIndex !== LINE_INDEX;
}

/** The series a dataset draws, or null for the comparison line. */
function seriesIndex(datasetIndex: number): number | null {
  return datasetIndex === LINE_INDEX ? null : datasetIndex - 1;
}

function options(
  axisTitle: string,
  onLegendClick: ((datasetIndex: number) => void) | null,
  language: Language,
): ChartOptions<Kind> {
  const t = dashboardText(language);
  const count = (n: number): string => formatNumber(n, language);
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
        title: { display: true, text: t('chart.incidents'), font: { weight: 'bold' } },
      },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: { boxWidth: 12, boxHeight: 12, padding: 12 },
        // When a click filters by the series, it does that instead of hiding it: hiding a category
        // would leave the headline and tables counting it, filtering changes every figure alike.
        ...(onLegendClick === null
          ? {}
          : {
              onClick: (_event, item) => {
                if (item.datasetIndex !== undefined) onLegendClick(item.datasetIndex);
              },
            }),
      },
      tooltip: {
        filter: (item) => !isBar(item) || value(item) !== 0,
        itemSort: (a, b) => Number(isBar(a)) - Number(isBar(b)) || value(b) - value(a),
        callbacks: {
          label: (item) => t('chart.tooltipItem', { label: item.dataset.label ?? '', n: count(value(item)) }),
          footer: (items) =>
            t('chart.tooltipTotal', {
              n: count(items.filter(isBar).reduce((sum, item) => sum + value(item), 0)),
            }),
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
  /** Called with a series' key when its bar segment or legend item is clicked (not the merged rest). */
  onSeriesClick?: (key: string) => void;
  /** The language of the chart's own words and numbers: the window's unless a report says otherwise. */
  language?: Language;
}

export function TrendChart({ view, axisTitle, description, onSeriesClick, language }: Props) {
  const chartRef = useRef<ChartJs<Kind, number[], string>>(null);
  const lang = language ?? currentLanguage();
  const data = useMemo((): ChartData<Kind, number[], string> => {
    const thin = view.labels.length > 120;
    return {
      labels: view.labels,
      datasets: [
        {
          type: 'line' as const,
          label: dashboardText(lang)('chart.comparison'),
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
          backgroundColor: patternFill(s.color, s.motif),
          borderColor: '#ffffff',
          borderWidth: thin ? 0 : { top: 1 },
          maxBarThickness: 56,
          order: 1,
        })),
      ],
    };
  }, [view, lang]);
  const chartOptions = useMemo(() => {
    if (onSeriesClick === undefined) return options(axisTitle, null, lang);
    const pick = (datasetIndex: number): void => {
      const i = seriesIndex(datasetIndex);
      const key = i === null ? null : (view.series[i]?.key ?? null);
      if (key !== null) onSeriesClick(key);
    };
    return options(axisTitle, pick, lang);
  }, [axisTitle, onSeriesClick, view, lang]);
  const onClick = (event: MouseEvent<HTMLCanvasElement>): void => {
    const chart = chartRef.current;
    if (onSeriesClick === undefined || chart === null) return;
    // The segment under the pointer, not every series of the bucket the tooltip lists.
    const element = getElementAtEvent(chart, event)[0];
    const i = element === undefined ? null : seriesIndex(element.datasetIndex);
    const key = i === null ? null : (view.series[i]?.key ?? null);
    if (key !== null) onSeriesClick(key);
  };

  return (
    <div
      className={onSeriesClick === undefined ? 'chart-box' : 'chart-box chart-clickable'}
      data-testid="monthly-chart"
    >
      <Chart
        ref={chartRef}
        type="bar"
        onClick={onClick}
        data={data}
        options={chartOptions}
        role="img"
        aria-label={description}
        fallbackContent={<p>{description}</p>}
      />
    </div>
  );
}
