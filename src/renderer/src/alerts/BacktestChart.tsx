// A rule's backtest drawn: the value it tests as of each day (its window's count), the level it had to
// reach, and a marker on each day it would have fired. Drawn on the canvas as text, never as HTML; the
// same numbers are a table at the press of a button.
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Line } from 'react-chartjs-2';
import type { Backtest } from '../../../shared/alerts';
import '../charts/registerChartParts';
import { ShowAsTableButton } from '../components/ShowAsTableButton';
import { BacktestTable } from './BacktestTable';

const COUNT_COLOR = '#2456a6';
const LEVEL_COLOR = '#7a828f';
const FIRED_COLOR = '#b3261e';

export function BacktestChart({ backtest, description }: { backtest: Backtest; description: string }) {
  const { t } = useTranslation('alerts');
  const [asTable, setAsTable] = useState(false);
  const countLabel = t(backtest.kind === 'watchlist' ? 'backtest.chart.matches' : 'backtest.chart.counts');
  const levelLabel = t('backtest.chart.level');
  const firedLabel = t('backtest.chart.fired');
  const axisTitle = t('backtest.chart.counts');

  const options = useMemo(
    (): ChartOptions<'line'> => ({
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxTicksLimit: 12 } },
        y: {
          beginAtZero: true,
          ticks: { precision: 0 },
          title: { display: true, text: axisTitle },
        },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } } },
    }),
    [axisTitle],
  );

  const data = useMemo((): ChartData<'line', (number | null)[], string> => {
    const fired = new Set(backtest.fired.map((a) => a.windowEnd));
    return {
      labels: backtest.days,
      datasets: [
        {
          label: countLabel,
          data: backtest.counts,
          borderColor: COUNT_COLOR,
          backgroundColor: COUNT_COLOR,
          borderWidth: 2,
          pointRadius: 0,
          tension: 0,
        },
        {
          label: levelLabel,
          data: backtest.levels,
          borderColor: LEVEL_COLOR,
          backgroundColor: 'rgba(0, 0, 0, 0)',
          borderDash: [6, 4],
          borderWidth: 1.5,
          pointRadius: 0,
          spanGaps: false,
        },
        {
          label: firedLabel,
          data: backtest.days.map((day, i) => (fired.has(day) ? (backtest.counts[i] ?? 0) : null)),
          borderColor: FIRED_COLOR,
          backgroundColor: FIRED_COLOR,
          showLine: false,
          pointRadius: 3.5,
          pointHoverRadius: 5,
        },
      ],
    };
  }, [backtest, countLabel, levelLabel, firedLabel]);

  return (
    <>
      <div className="panel-actions backtest-view-switch">
        <ShowAsTableButton
          asTable={asTable}
          onToggle={() => {
            setAsTable((v) => !v);
          }}
          testId="backtest-as-table"
        />
      </div>
      {asTable ? (
        <BacktestTable backtest={backtest} countLabel={countLabel} />
      ) : (
        <div className="chart-box backtest-chart" data-testid="backtest-chart">
          <Line
            data={data}
            options={options}
            role="img"
            aria-label={description}
            fallbackContent={<p>{description}</p>}
          />
        </div>
      )}
    </>
  );
}
