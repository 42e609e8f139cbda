// Incidents per month, stacked by category. Everything drawn here is counts and Vigil's own category
// names; chart.js draws text on the canvas, never as HTML, so nothing from an import is ever parsed.
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { MonthlyCount } from '../../../shared/domain';
import { CATEGORIES } from '../../../shared/taxonomy';
import { formatCount } from '../format/count';
import { toMonthlySeries } from './monthlySeries';
import { CATEGORY_COLORS } from './palette';
import './registerChartParts';

function barValue(item: TooltipItem<'bar'>): number {
  return typeof item.raw === 'number' ? item.raw : 0;
}

const options: ChartOptions<'bar'> = {
  // No animation: a chart that settles at once reads calmer, prints complete, and screenshots the same.
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  interaction: { mode: 'index', intersect: false },
  scales: {
    x: {
      stacked: true,
      grid: { display: false },
      title: { display: true, text: 'Month (UTC)', font: { weight: 'bold' } },
    },
    y: {
      stacked: true,
      beginAtZero: true,
      ticks: { precision: 0 },
      title: { display: true, text: 'Incidents', font: { weight: 'bold' } },
    },
  },
  plugins: {
    legend: {
      position: 'bottom',
      labels: { boxWidth: 12, boxHeight: 12, padding: 14 },
    },
    tooltip: {
      filter: (item) => barValue(item) !== 0,
      itemSort: (a, b) => barValue(b) - barValue(a),
      callbacks: {
        label: (item) => ` ${item.dataset.label ?? ''}: ${formatCount(barValue(item))}`,
        footer: (items) => `Total: ${formatCount(items.reduce((sum, item) => sum + barValue(item), 0))}`,
      },
    },
  },
};

export function MonthlyChart({ rows }: { rows: readonly MonthlyCount[] }) {
  const { data, description } = useMemo(() => {
    const { months, series } = toMonthlySeries(rows);
    const chartData: ChartData<'bar', number[], string> = {
      labels: months,
      datasets: series.map(({ category, counts }) => ({
        label: CATEGORIES[category].en,
        data: counts,
        backgroundColor: CATEGORY_COLORS[category],
        borderColor: '#ffffff',
        borderWidth: { top: 1 },
        maxBarThickness: 56,
      })),
    };
    const total = series.reduce((sum, s) => sum + s.total, 0);
    const range = months.length > 0 ? `${months[0] ?? ''} to ${months.at(-1) ?? ''}` : 'no months';
    const text = `Stacked bar chart: ${formatCount(total)} incidents per month from ${range}, by category: ${series
      .map((s) => `${CATEGORIES[s.category].en} ${formatCount(s.total)}`)
      .join(', ')}.`;
    return { data: chartData, description: text };
  }, [rows]);

  return (
    <div className="chart-box" data-testid="monthly-chart">
      <Bar
        data={data}
        options={options}
        role="img"
        aria-label={description}
        fallbackContent={<p>{description}</p>}
      />
    </div>
  );
}
