// The dashboard: incidents per month, stacked by category, for the categories in the address, with
// the same numbers as a table beside it.
import { useMemo } from 'react';
import { navigate } from '../app/navigate';
import type { DashboardRoute } from '../app/route';
import { MonthlyChart } from '../charts/MonthlyChart';
import { toMonthlySeries } from '../charts/monthlySeries';
import { CategoryFilter } from '../components/CategoryFilter';
import { CategoryTotals } from '../components/CategoryTotals';
import { ChooseFilesButton } from '../components/ChooseFilesButton';
import { EmptyState } from '../components/EmptyState';
import { NoneInCategories } from '../components/NoneInCategories';
import { ErrorNotice } from '../components/ErrorNotice';
import { LoadSampleButton } from '../components/LoadSampleButton';
import { formatCount } from '../format/count';
import { useCategoryTotals } from '../hooks/useCategoryTotals';
import { useMonthlyCounts } from '../hooks/useMonthlyCounts';

export function DashboardView({ route }: { route: DashboardRoute }) {
  const { value, error, loading } = useMonthlyCounts(route.categories);
  const { totals: storeTotals } = useCategoryTotals();
  const rows = useMemo(() => value?.rows ?? [], [value]);
  const { months, series } = useMemo(() => toMonthlySeries(rows), [rows]);
  const totals = useMemo(
    () =>
      series
        .map(({ category, total }) => ({ category, count: total }))
        .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    [series],
  );
  const total = totals.reduce((sum, t) => sum + t.count, 0);

  let body;
  if (value === null) {
    body = error !== null ? null : <p className="muted loading">Loading the monthly counts…</p>;
  } else if (rows.length === 0 && route.categories.length === 0 && !loading) {
    body = (
      <EmptyState title="Nothing to chart yet">
        <p>Once incidents are imported, this shows how many there were each month, by category.</p>
        <p>Drop a CSV export anywhere on this window, or choose files to import.</p>
        <div className="empty-actions">
          <ChooseFilesButton primary />
          <LoadSampleButton />
        </div>
      </EmptyState>
    );
  } else if (rows.length === 0 && !loading) {
    body = (
      <NoneInCategories
        onShowAll={() => {
          navigate({ ...route, categories: [] });
        }}
      />
    );
  } else {
    body = (
      <div className="dashboard-grid">
        <section className="panel chart-panel" aria-labelledby="monthly-title">
          <header className="panel-head">
            <h2 className="panel-title" id="monthly-title">
              Incidents per month by category
            </h2>
            <span className="muted">
              {formatCount(total)} incidents
              {months.length > 0 ? ` · ${months[0] ?? ''} to ${months.at(-1) ?? ''}` : ''}
            </span>
          </header>
          <MonthlyChart rows={rows} />
        </section>
        <section className="panel totals-panel" aria-label="Totals by category">
          <CategoryTotals totals={totals} />
        </section>
      </div>
    );
  }

  return (
    <section className="view" aria-labelledby="dashboard-title">
      <header className="view-head">
        <h1 id="dashboard-title">Dashboard</h1>
      </header>
      <CategoryFilter
        selected={route.categories}
        totals={storeTotals}
        onChange={(next) => {
          navigate({ ...route, categories: next });
        }}
      />
      {error !== null ? <ErrorNotice error={error} context="The monthly counts could not be read." /> : null}
      {body}
    </section>
  );
}
