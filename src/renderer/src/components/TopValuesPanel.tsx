import { useCallback, useMemo } from 'react';
import type { Period } from '../../../shared/period';
import type { CategoryCode } from '../../../shared/taxonomy';
import type { TopDimension } from '../../../shared/topValues';
import { BreakdownChart } from '../charts/BreakdownChart';
import type { BreakdownBar } from '../dashboard/breakdownBars';
import { incidentsHref, topFilter } from '../dashboard/incidentsHref';
import { TOP_LABELS, topBars } from '../dashboard/topBars';
import { countOf, formatCount } from '../format/count';
import { periodText } from '../format/periodText';
import { TOP_LIMIT, useTopValues } from '../hooks/useTopValues';
import { BarsPanel, openAddress } from './BarsPanel';
import { BreakdownTable } from './BreakdownTable';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  by: TopDimension;
  period: Period;
  categories: readonly CategoryCode[];
}

/** A period's most frequent targets or attacking addresses, as bars or as a table. */
export function TopValuesPanel({ by, period, categories }: Props) {
  const top = useTopValues(period, by, categories);
  const value = top.value;
  const bars = useMemo(() => (value === null ? [] : topBars(value)), [value]);
  const { title, column } = TOP_LABELS[by];
  const hrefFor = useCallback(
    (bar: BreakdownBar): string | null =>
      bar.key === null ? null : incidentsHref(categories, period, topFilter(by, bar.key)),
    [by, categories, period],
  );

  const body = (asTable: boolean) => {
    if (top.error !== null) return <ErrorNotice error={top.error} context={`${title} could not be read.`} />;
    if (value === null) return <p className="muted loading">Counting…</p>;
    if (value.rows.length === 0) return <p className="muted">No incident of this period names one.</p>;
    if (asTable) {
      return (
        <BreakdownTable
          bars={bars}
          total={value.total}
          dimensionName={column}
          testId={`top-${by}-table`}
          totalLabel="All incidents of the period"
          hrefFor={hrefFor}
        />
      );
    }
    const description =
      `Horizontal bar chart: ${title.toLowerCase()} of ${countOf(value.total, 'incident')} from ${periodText(period)}: ` +
      `${bars.map((b) => `${b.label} ${formatCount(b.count)}`).join(', ')}.`;
    return (
      <BreakdownChart
        bars={bars}
        description={description}
        testId={`top-${by}-chart`}
        onBarClick={(bar) => {
          openAddress(hrefFor(bar));
        }}
      />
    );
  };

  return (
    <BarsPanel
      id={`top-${by}`}
      title={title}
      subtitle={`top ${String(TOP_LIMIT)}`}
      loading={top.loading}
      foot={
        value !== null && !value.complete ? (
          <p className="panel-foot muted" data-testid={`top-${by}-incomplete`}>
            Nearly every value here occurs once: the counts shown are exact, but others with the same count
            may be left out.
          </p>
        ) : null
      }
    >
      {body}
    </BarsPanel>
  );
}
