// A rule's backtest drawn: the value it tests as of each day (its window's count), the level it had to
// reach, and a marker on each day it would have fired. Drawn on the canvas as text, never as HTML.
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { Backtest } from '../../../shared/alerts';
import '../charts/registerChartParts';

const COUNT_COLOR = '#2456a6';
const LEVEL_COLOR = '#7a828f';
const FIRED_COLOR = '#b3261e';

const OPTIONS: ChartOptions<'line'> = {
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  interaction: { mode: 'index', intersect: false },
  scales: {
    x: { grid: { display: false }, ticks: { maxTicksLimit: 12 } },
    y: {
      beginAtZero: true,
      ticks: { precision: 0 },
      title: { display: true, text: 'Incidents in the window' },
    },
  },
  plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } } },
};

export function BacktestChart({ backtest, description }: { backtest: Backtest; description: string }) {
  const data = useMemo((): ChartData<'line', (number | null)[], string> => {
    const fired = new Set(backtest.fired.map((a) => a.windowEnd));
    return {
      labels: backtest.days,
      datasets: [
        {
          label:
            backtest.kind === 'watchlist' ? 'Matching incidents in the window' : 'Incidents in the window',
          data: backtest.counts,
          borderColor: COUNT_COLOR,
          backgroundColor: COUNT_COLOR,
          borderWidth: 2,
          pointRadius: 0,
          tension: 0,
        },
        {
          label: 'Fires at',
          data: backtest.levels,
          borderColor: LEVEL_COLOR,
          backgroundColor: 'rgba(0, 0, 0, 0)',
          borderDash: [6, 4],
          borderWidth: 1.5,
          pointRadius: 0,
          spanGaps: false,
        },
        {
          label: 'Would have fired',
          data: backtest.days.map((day, i) => (fired.has(day) ? (backtest.counts[i] ?? 0) : null)),
          borderColor: FIRED_COLOR,
          backgroundColor: FIRED_COLOR,
          showLine: false,
          pointRadius: 3.5,
          pointHoverRadius: 5,
        },
      ],
    };
  }, [backtest]);

  return (
    <div className="chart-box backtest-chart" data-testid="backtest-chart">
      <Line
        data={data}
        options={OPTIONS}
        role="img"
        aria-label={description}
        fallbackContent={<p>{description}</p>}
      />
    </div>
  );
}
