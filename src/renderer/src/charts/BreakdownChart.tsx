// A breakdown as horizontal bars, one per value, largest first (severity as its scale). Names are
// drawn on the canvas as text (chart.js never parses them as HTML), so import text is safe here.
import type { Chart as ChartJS, ChartData, ChartOptions } from 'chart.js';
import { useMemo, useRef, type MouseEvent } from 'react';
import { Bar, getElementAtEvent } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { BreakdownBar } from '../dashboard/breakdownBars';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';
import './registerChartParts';

/** Height per bar and for the axis: the box grows with the bars (three at least, so a lone bar leaves
 * the axis and its title room), and names never crowd. */
const BAR_HEIGHT = 26;
const AXIS_HEIGHT = 64;

/** Long names are cut on the axis; the tooltip and the table give them whole. */
const MAX_LABEL = 28;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

interface Props {
  bars: readonly BreakdownBar[];
  description: string;
  testId: string;
  /** Called with the bar under the pointer when one is clicked. */
  onBarClick?: (bar: BreakdownBar) => void;
}

export function BreakdownChart({ bars, description, testId, onBarClick }: Props) {
  const chartRef = useRef<ChartJS<'bar', number[], string>>(null);
  const { t } = useTranslation('dashboard');
  const incidents = t('chart.incidents');
  const data = useMemo(
    (): ChartData<'bar', number[], string> => ({
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: incidents,
          data: bars.map((b) => b.count),
          backgroundColor: bars.map((b) => b.color),
          borderColor: 'rgba(0, 0, 0, 0.12)',
          borderWidth: 1,
          maxBarThickness: 20,
        },
      ],
    }),
    [bars, incidents],
  );
  const options = useMemo(
    (): ChartOptions<'bar'> => ({
      // No animation: the panels settle at once, print complete and screenshot the same (as the trend).
      animation: false,
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: incidents } },
        y: {
          grid: { display: false },
          ticks: {
            autoSkip: false,
            callback: (_value, index) => shortLabel(bars[index]?.label ?? ''),
          },
        },
      },
      plugins: {
        // One series: the names stand on the axis, a legend would only repeat "Incidents".
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => bars[items[0]?.dataIndex ?? -1]?.label ?? '',
            label: (item) => {
              const bar = bars[item.dataIndex];
              return bar === undefined
                ? ''
                : t('chart.tooltipShare', { n: formatCount(bar.count), share: sharePct(bar.share) });
            },
          },
        },
      },
    }),
    [bars, incidents, t],
  );

  const onClick = (event: MouseEvent<HTMLCanvasElement>): void => {
    const chart = chartRef.current;
    if (onBarClick === undefined || chart === null) return;
    const element = getElementAtEvent(chart, event)[0];
    const bar = element === undefined ? undefined : bars[element.index];
    if (bar !== undefined) onBarClick(bar);
  };

  return (
    <div
      className={
        onBarClick === undefined ? 'chart-box breakdown-chart' : 'chart-box breakdown-chart chart-clickable'
      }
      data-testid={testId}
      style={{ height: `${String(AXIS_HEIGHT + BAR_HEIGHT * Math.max(bars.length, 3))}px` }}
    >
      <Bar
        ref={chartRef}
        onClick={onClick}
        data={data}
        options={options}
        role="img"
        aria-label={description}
        fallbackContent={<p>{description}</p>}
      />
    </div>
  );
}
