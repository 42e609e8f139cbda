import type { BreakdownBar } from '../dashboard/breakdownBars';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';

interface Props {
  bars: readonly BreakdownBar[];
  total: number;
  /** The value column's heading: "Severity", "Region". */
  dimensionName: string;
  testId: string;
  /** The foot row's label: "Total" where the rows add up to it; a top list's rows do not. */
  totalLabel?: string;
  /** The incidents table's address for a bar's incidents; null where the table cannot list them. */
  hrefFor?: (bar: BreakdownBar) => string | null;
}

/** A breakdown chart's numbers: one row per bar, and the period's total they add up to. */
export function BreakdownTable({ bars, total, dimensionName, testId, hrefFor, totalLabel = 'Total' }: Props) {
  return (
    <table className="data-table breakdown-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{dimensionName}</th>
          <th scope="col" className="num">
            Incidents
          </th>
          <th scope="col" className="num">
            Share
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
            {totalLabel}
          </th>
          <td className="num">{formatCount(total)}</td>
          <td className="num">{total > 0 ? '100.0%' : sharePct(0)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A bar's name, as a link to its incidents where there is one. */
function BarName({ bar, href }: { bar: BreakdownBar; href: string | null }) {
  if (href === null) return <span className="label-text">{bar.label}</span>;
  return (
    <a className="label-text" href={href} title={`Show the incidents of ${bar.label}`}>
      {bar.label}
    </a>
  );
}
