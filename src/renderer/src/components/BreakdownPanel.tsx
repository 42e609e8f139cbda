import { useCallback, useMemo } from 'react';
import type { BreakdownDimension } from '../../../shared/domain';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import { BreakdownChart } from '../charts/BreakdownChart';
import { breakdownBars, DIMENSION_LABELS, type BreakdownBar } from '../dashboard/breakdownBars';
import { breakdownFilter, incidentsHref } from '../dashboard/incidentsHref';
import { countOf, formatCount } from '../format/count';
import { sharePct } from '../format/percent';
import { periodText } from '../format/periodText';
import { BREAKDOWN_LIMIT, useBreakdown } from '../hooks/useBreakdown';
import { BarsPanel, openAddress } from './BarsPanel';
import { BreakdownTable } from './BreakdownTable';
import { ErrorNotice } from './ErrorNotice';
import { IncidentsLink } from './IncidentsLink';

interface Props {
  by: BreakdownDimension;
  period: Period;
  categories: readonly CategoryCode[];
}

/** A period's incidents by one dimension: the top values as bars or as a table. */
export function BreakdownPanel({ by, period, categories }: Props) {
  const breakdown = useBreakdown(period, by, categories);
  const value = breakdown.value;
  const bars = useMemo(() => (value === null ? [] : breakdownBars(value)), [value]);
  const name = DIMENSION_LABELS[by];
  const hrefFor = useCallback(
    (bar: BreakdownBar): string | null => {
      const narrow = bar.key === null ? null : breakdownFilter(by, bar.key);
      return narrow === null ? null : incidentsHref(categories, period, narrow);
    },
    [by, categories, period],
  );

  const body = (asTable: boolean) => {
    if (breakdown.error !== null) {
      return (
        <ErrorNotice
          error={breakdown.error}
          context={`The breakdown by ${name.toLowerCase()} could not be read.`}
        />
      );
    }
    if (value === null) return <p className="muted loading">Counting…</p>;
    if (value.total === 0) return <p className="muted">No incidents in this period.</p>;
    if (asTable) {
      return (
        <BreakdownTable
          bars={bars}
          total={value.total}
          dimensionName={name}
          testId={`breakdown-${by}-table`}
          hrefFor={hrefFor}
        />
      );
    }
    const description =
      `Horizontal bar chart: ${countOf(value.total, 'incident')} from ${periodText(period)} by ` +
      `${name.toLowerCase()}: ${bars.map((b) => `${b.label} ${formatCount(b.count)} (${sharePct(b.share)})`).join(', ')}.`;
    return (
      <BreakdownChart
        bars={bars}
        description={description}
        testId={`breakdown-${by}-chart`}
        onBarClick={(bar) => {
          openAddress(hrefFor(bar));
        }}
      />
    );
  };

  return (
    <BarsPanel
      id={`breakdown-${by}`}
      title={`By ${name.toLowerCase()}`}
      subtitle={`top ${String(BREAKDOWN_LIMIT)}`}
      loading={breakdown.loading}
      foot={
        <p className="panel-foot">
          <IncidentsLink categories={categories} period={period} />
        </p>
      }
    >
      {body}
    </BarsPanel>
  );
}
