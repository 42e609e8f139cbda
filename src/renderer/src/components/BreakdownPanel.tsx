import { useCallback, useMemo, useState } from 'react';
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
import { BreakdownTable } from './BreakdownTable';
import { ErrorNotice } from './ErrorNotice';
import { IncidentsLink } from './IncidentsLink';
import { ShowAsTableButton } from './ShowAsTableButton';

interface Props {
  by: BreakdownDimension;
  period: Period;
  categories: readonly CategoryCode[];
}

/** A period's incidents by one dimension: the top values as bars or as a table. */
export function BreakdownPanel({ by, period, categories }: Props) {
  const [asTable, setAsTable] = useState(false);
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
  const openBar = useCallback(
    (bar: BreakdownBar) => {
      const href = hrefFor(bar);
      if (href !== null) window.location.hash = href;
    },
    [hrefFor],
  );
  const titleId = `breakdown-${by}-title`;

  let body;
  if (breakdown.error !== null) {
    body = (
      <ErrorNotice
        error={breakdown.error}
        context={`The breakdown by ${name.toLowerCase()} could not be read.`}
      />
    );
  } else if (value === null) {
    body = <p className="muted loading">Counting…</p>;
  } else if (value.total === 0) {
    body = <p className="muted">No incidents in this period.</p>;
  } else if (asTable) {
    body = (
      <BreakdownTable
        bars={bars}
        total={value.total}
        dimensionName={name}
        testId={`breakdown-${by}-table`}
        hrefFor={hrefFor}
      />
    );
  } else {
    const description =
      `Horizontal bar chart: ${countOf(value.total, 'incident')} from ${periodText(period)} by ` +
      `${name.toLowerCase()}: ${bars.map((b) => `${b.label} ${formatCount(b.count)} (${sharePct(b.share)})`).join(', ')}.`;
    body = (
      <BreakdownChart
        bars={bars}
        description={description}
        testId={`breakdown-${by}-chart`}
        onBarClick={openBar}
      />
    );
  }

  return (
    <section
      className="panel breakdown-panel"
      aria-labelledby={titleId}
      aria-busy={breakdown.loading}
      data-testid={`breakdown-${by}`}
    >
      <header className="panel-head">
        <h2 className="panel-title" id={titleId}>
          By {name.toLowerCase()}
          <span className="muted panel-subtitle"> · top {BREAKDOWN_LIMIT}</span>
        </h2>
        <div className="panel-actions">
          <ShowAsTableButton
            asTable={asTable}
            testId={`breakdown-${by}-as-table`}
            onToggle={() => {
              setAsTable((t) => !t);
            }}
          />
        </div>
      </header>
      {body}
      <p className="panel-foot">
        <IncidentsLink categories={categories} period={period} />
      </p>
    </section>
  );
}
