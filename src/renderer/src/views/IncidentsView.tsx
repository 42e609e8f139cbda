// The incidents table: a filter by category and a sort order from the address, keyset pages with a
// stack of the cursors seen so far (Previous pops it, Next pushes the page's next cursor).
import { useState } from 'react';
import type { SortField } from '../../../shared/domain';
import { navigate } from '../app/navigate';
import { formatRoute, type IncidentsRoute, type SortDir } from '../app/route';
import { CategoryFilter } from '../components/CategoryFilter';
import { ChooseFilesButton } from '../components/ChooseFilesButton';
import { EmptyState } from '../components/EmptyState';
import { NoneInCategories } from '../components/NoneInCategories';
import { ErrorNotice } from '../components/ErrorNotice';
import { LoadSampleButton } from '../components/LoadSampleButton';
import { IncidentTable } from '../components/IncidentTable';
import { Pager } from '../components/Pager';
import { useCategoryTotals } from '../hooks/useCategoryTotals';
import { useIncidents } from '../hooks/useIncidents';

const PAGE_SIZE = 100;

/** A newly chosen column starts where an analyst looks first: latest and worst first, text A to Z. */
function firstDir(field: SortField): SortDir {
  return field === 'occurredAt' || field === 'severity' || field === 'id' ? 'desc' : 'asc';
}

interface Paging {
  /** The address the cursors belong to; another filter or sort starts again at the first page. */
  route: string;
  cursors: string[];
}

export function IncidentsView({ route }: { route: IncidentsRoute }) {
  const { categories, sort, dir } = route;
  const address = formatRoute(route);
  const [paging, setPaging] = useState<Paging>({ route: address, cursors: [] });
  const cursors = paging.route === address ? paging.cursors : [];
  const {
    value: page,
    error,
    loading,
  } = useIncidents({
    categories,
    sort,
    dir,
    limit: PAGE_SIZE,
    cursor: cursors.at(-1) ?? null,
  });
  const { totals } = useCategoryTotals();

  const sortBy = (field: SortField): void => {
    navigate({
      ...route,
      sort: field,
      dir: field === sort ? (dir === 'asc' ? 'desc' : 'asc') : firstDir(field),
    });
  };
  const next = (): void => {
    const cursor = page?.nextCursor;
    if (cursor !== null && cursor !== undefined) setPaging({ route: address, cursors: [...cursors, cursor] });
  };
  const previous = (): void => {
    setPaging({ route: address, cursors: cursors.slice(0, -1) });
  };

  const filtered = categories.length > 0;
  let body;
  if (page === null) {
    body = error !== null ? null : <p className="muted loading">Loading incidents…</p>;
  } else if (page.total === 0 && !filtered && !loading) {
    body = (
      <EmptyState title="No incidents yet">
        <p>Drop a CSV export anywhere on this window, or choose files to import.</p>
        <p>Or have a first look with a generated sample export (20,000 incidents over two years).</p>
        <div className="empty-actions">
          <ChooseFilesButton primary />
          <LoadSampleButton />
        </div>
      </EmptyState>
    );
  } else if (page.total === 0 && !loading) {
    body = (
      <NoneInCategories
        detail="None of the stored incidents is in the selected categories."
        onShowAll={() => {
          navigate({ ...route, categories: [] });
        }}
      />
    );
  } else {
    body = <IncidentTable rows={page.rows} sort={sort} dir={dir} onSort={sortBy} busy={loading} />;
  }

  return (
    <section className="view" aria-labelledby="incidents-title">
      <header className="view-head">
        <h1 id="incidents-title">Incidents</h1>
        {page !== null && page.total > 0 ? (
          <Pager
            first={cursors.length * PAGE_SIZE + 1}
            shown={page.rows.length}
            total={page.total}
            hasPrevious={cursors.length > 0 && !loading}
            hasNext={page.nextCursor !== null && !loading}
            onPrevious={previous}
            onNext={next}
          />
        ) : null}
      </header>
      <CategoryFilter
        selected={categories}
        totals={totals}
        onChange={(next) => {
          navigate({ ...route, categories: next });
        }}
      />
      {error !== null ? <ErrorNotice error={error} context="The incidents could not be read." /> : null}
      {body}
    </section>
  );
}
