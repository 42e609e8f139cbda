import { useCallback, useMemo, useState } from 'react';
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
import { BreakdownTable } from './BreakdownTable';
import { ErrorNotice } from './ErrorNotice';
import { ShowAsTableButton } from './ShowAsTableButton';

interface Props {
  by: TopDimension;
  period: Period;
  categories: readonly CategoryCode[];
}

/** A period's most frequent targets or attacking addresses, as bars or as a table. */
export function TopValuesPanel({ by, period, categories }: Props) {
  const [asTable, setAsTable] = useState(false);
  const top = useTopValues(period, by, categories);
  const value = top.value;
  const bars = useMemo(() => (value === null ? [] : topBars(value)), [value]);
  const { title, column } = TOP_LABELS[by];
  const titleId = `top-${by}-title`;
  const hrefFor = useCallback(
    (bar: BreakdownBar): string | null =>
      bar.key === null ? null : incidentsHref(categories, period, topFilter(by, bar.key)),
    [by, categories, period],
  );
  const openBar = useCallback(
    (bar: BreakdownBar) => {
      const href = hrefFor(bar);
      if (href !== null) window.location.hash = href;
    },
    [hrefFor],
  );

  let body;
  if (top.error !== null) {
    body = <ErrorNotice error={top.error} context={`${title} could not be read.`} />;
  } else if (value === null) {
    body = <p className="muted loading">Counting…</p>;
  } else if (value.rows.length === 0) {
    body = <p className="muted">No incident of this period names one.</p>;
  } else if (asTable) {
    body = (
      <BreakdownTable
        bars={bars}
        total={value.total}
        dimensionName={column}
        testId={`top-${by}-table`}
        hrefFor={hrefFor}
      />
    );
  } else {
    const description =
      `Horizontal bar chart: ${title.toLowerCase()} of ${countOf(value.total, 'incident')} from ${periodText(period)}: ` +
      `${bars.map((b) => `${b.label} ${formatCount(b.count)}`).join(', ')}.`;
    body = (
      <BreakdownChart bars={bars} description={description} testId={`top-${by}-chart`} onBarClick={openBar} />
    );
  }

  return (
    <section
      className="panel breakdown-panel"
      aria-labelledby={titleId}
      aria-busy={top.loading}
      data-testid={`top-${by}`}
    >
      <header className="panel-head">
        <h2 className="panel-title" id={titleId}>
          {title}
          <span className="muted panel-subtitle"> · top {TOP_LIMIT}</span>
        </h2>
        <div className="panel-actions">
          <ShowAsTableButton
            asTable={asTable}
            testId={`top-${by}-as-table`}
            onToggle={() => {
              setAsTable((t) => !t);
            }}
          />
        </div>
      </header>
      {body}
      {value !== null && !value.complete ? (
        <p className="panel-foot muted" data-testid={`top-${by}-incomplete`}>
          Nearly every value here occurs once: the counts shown are exact, but others with the same count may
          be left out.
        </p>
      ) : null}
    </section>
  );
}
