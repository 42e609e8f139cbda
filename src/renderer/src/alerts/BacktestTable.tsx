// A backtest's numbers as a table, for those who do not read them off the chart: each day, the count
// the rule tested, the level it fires at, and whether it would have fired.
import { useTranslation } from 'react-i18next';
import type { Backtest } from '../../../shared/alerts';
import { formatCount } from '../format/count';

function levelText(level: number | null): string {
  if (level === null) return '–';
  return Number.isInteger(level) ? formatCount(level) : level.toFixed(1);
}

export function BacktestTable({ backtest, countLabel }: { backtest: Backtest; countLabel: string }) {
  const { t } = useTranslation(['alerts', 'common']);
  const fired = new Set(backtest.fired.map((a) => a.windowEnd));
  return (
    <div className="table-scroll backtest-table" data-testid="backtest-table">
      <table className="data-table">
        <caption className="visually-hidden">{t('backtest.chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backtest.chart.day')}</th>
            <th scope="col" className="num">
              {countLabel}
            </th>
            <th scope="col" className="num">
              {t('backtest.chart.level')}
            </th>
            <th scope="col">{t('backtest.chart.fired')}</th>
          </tr>
        </thead>
        <tbody>
          {backtest.days.map((day, i) => (
            <tr key={day}>
              <th scope="row" className="alert-window">
                {day}
              </th>
              <td className="num">{formatCount(backtest.counts[i] ?? 0)}</td>
              <td className="num">{levelText(backtest.levels[i] ?? null)}</td>
              <td>{fired.has(day) ? t('common:state.yes') : t('common:state.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
