import { useTranslation } from 'react-i18next';
import type { BreakdownBar } from '../dashboard/breakdownBars';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';

interface Props {
  bars: readonly BreakdownBar[];
  total: number;
  /** The value column's heading: "Severity", "Region". */
  dimensionName: string;
  testId: string;
  /** The foot row's label, "Total" unless given: a top list's rows do not add up to it. */
  totalLabel?: string;
  /** The incidents table's address for a bar's incidents; null where the table cannot list them. */
  hrefFor?: (bar: BreakdownBar) => string | null;
}

/** A breakdown chart's numbers: one row per bar, and the period's total they add up to. */
export function BreakdownTable({ bars, total, dimensionName, testId, hrefFor, totalLabel }: Props) {
  const { t } = useTranslation(['dashboard', 'common']);
  return (
    <table className="data-table breakdown-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{dimensionName}</th>
          <th scope="col" className="num">
            {t('incidentsColumn')}
          </th>
          <th scope="col" className="num">
            {t('share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key ?? '\u0000other'}>
            <th scope="row" className="row-head">
              <span className="category-name-cell">
                <span className="swatch" style={{ backgroundColor: bar.color }} aria-hidden="true" />
                <BarName bar={bar} href={hrefFor?.(bar) ?? null} />
              </span>
            </th>
            <td className="num breakdown-count">{formatCount(bar.count)}</td>
            <td className="num muted-num">{sharePct(bar.share)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="row-head">
            {totalLabel ?? t('common:state.total')}
          </th>
          <td className="num">{formatCount(total)}</td>
          <td className="num">{sharePct(total > 0 ? 1 : 0)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A bar's name, as a link to its incidents where there is one. */
function BarName({ bar, href }: { bar: BreakdownBar; href: string | null }) {
  const { t } = useTranslation(['dashboard', 'common']);
  if (href === null) return <span className="label-text">{bar.label}</span>;
  return (
    <a className="label-text" href={href} title={t('breakdown.showIncidentsOf', { name: bar.label })}>
      {bar.label}
    </a>
  );
}
