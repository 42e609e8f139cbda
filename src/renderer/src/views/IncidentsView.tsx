// The Incidents view: every incident of the store in one virtualized grid, narrowed by facets, dates
// and full-text search, sorted by any column; the filter, sort and columns live in the address (so a
// view can be saved, shared and walked back and forth); a row opens a detail pane with triage; rows
// or the whole filtered set can be triaged at once, undone, and exported.
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortField } from '../../../shared/domain';
import type { FacetDimension } from '../../../shared/filter';
import { navigate, replaceRoute } from '../app/navigate';
import { formatRoute, type IncidentsRoute, type SortDir } from '../app/route';
import { ChooseFilesButton } from '../components/ChooseFilesButton';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { LoadSampleButton } from '../components/LoadSampleButton';
import { useStoreInfo } from '../hooks/useStoreInfo';
import { BulkBar } from '../incidents/BulkBar';
import { ColumnChooser } from '../incidents/ColumnChooser';
import type { ColumnId } from '../incidents/columns';
import { DateRange } from '../incidents/DateRange';
import { DetailPane } from '../incidents/DetailPane';
import { ExportButtons } from '../incidents/ExportButtons';
import { FacetPanel } from '../incidents/FacetPanel';
import { termPattern } from '../incidents/highlight';
import { IncidentGrid } from '../incidents/IncidentGrid';
import { RecentChanges } from '../incidents/RecentChanges';
import { SavedViews } from '../incidents/SavedViews';
import { SearchBox } from '../incidents/SearchBox';
import { selectedCount } from '../incidents/selection';
import { clearFilters, isFiltered, routeFilter, toggleFacetValue, withTable } from '../incidents/tableFilter';
import type { AppliedChange } from '../incidents/TriageForm';
import { useColumnPrefs } from '../incidents/useColumnPrefs';
import { useRowStore } from '../incidents/useRowStore';
import { useTableSelection } from '../incidents/useTableSelection';
import { useViewKeys } from '../incidents/useViewKeys';

/** A newly chosen column starts where an analyst looks first: latest and worst first, text A to Z. */
function firstDir(field: SortField): SortDir {
  return field === 'occurredAt' || field === 'severity' || field === 'id' || field === 'reportedAt'
    ? 'desc'
    : 'asc';
}

export function IncidentsView({ route }: { route: IncidentsRoute }) {
  const filter = useMemo(() => routeFilter(route), [route]);
  const { store, key: resetKey, pending } = useRowStore(filter, route.sort, route.dir);
  const { t } = useTranslation(['incidents', 'common']);
  const columnPrefs = useColumnPrefs();
  const columns = route.table?.cols ?? columnPrefs.prefs.columns;
  const table = useTableSelection(store, resetKey);
  const searchRef = useRef<HTMLInputElement>(null);
  // The last change belongs to the filter it was made under: another filter starts without one.
  const [changeState, setChangeState] = useState<{ key: string; change: AppliedChange } | null>(null);
  const lastChange = changeState?.key === resetKey ? changeState.change : null;
  const setLastChange = useCallback(
    (change: AppliedChange) => {
      setChangeState({ key: resetKey, change });
    },
    [resetKey],
  );
  const readOnly = useStoreInfo().value?.readOnly === true;
  const termsKey = store.terms.join('\u0000');
  const pattern = useMemo(() => termPattern(termsKey === '' ? [] : termsKey.split('\u0000')), [termsKey]);
  const onViewKey = useViewKeys(searchRef, table);
  // Saved and shared views carry the columns too, whether or not the address names them yet.
  const viewHash = formatRoute(withTable(route, { cols: columns }));

  const onSearch = useCallback(
    (q: string, refine: boolean) => {
      const next = withTable(route, { q: q === '' ? undefined : q });
      if (refine) replaceRoute(next);
      else navigate(next);
    },
    [route],
  );
  const onToggle = useCallback(
    (dimension: FacetDimension, value: string) => {
      navigate(toggleFacetValue(route, dimension, value));
    },
    [route],
  );
  const onSort = useCallback(
    (field: SortField) => {
      const dir = field === route.sort ? (route.dir === 'asc' ? 'desc' : 'asc') : firstDir(field);
      navigate({ ...route, sort: field, dir });
    },
    [route],
  );
  const onColumns = (next: ColumnId[]): void => {
    columnPrefs.setColumns(next);
    if (route.table?.cols !== undefined) replaceRoute(withTable(route, { cols: next }));
  };

  const total = store.total;
  let body;
  if (total === null) {
    body = store.error === null ? <p className="muted loading">{t('view.loading')}</p> : null;
  } else if (total === 0 && !isFiltered(route)) {
    body = (
      <EmptyState title={t('view.emptyTitle')}>
        <p>{t('view.emptyDrop')}</p>
        <p>{t('view.emptySample')}</p>
        <div className="empty-actions">
          <ChooseFilesButton primary />
          <LoadSampleButton />
        </div>
      </EmptyState>
    );
  } else if (total === 0) {
    body = (
      <EmptyState title={t('view.noMatchTitle')}>
        <button
          type="button"
          className="button"
          onClick={() => {
            navigate(clearFilters(route));
          }}
        >
          {t('view.clearFilters')}
        </button>
      </EmptyState>
    );
  } else {
    body = (
      <IncidentGrid
        store={store}
        resetKey={resetKey}
        columns={columns}
        widthOf={columnPrefs.widthOf}
        sort={route.sort}
        dir={route.dir}
        onSort={onSort}
        onResize={columnPrefs.setWidth}
        selection={table.selection}
        active={table.active}
        pattern={pattern}
        onPick={table.pick}
        onKeyDown={table.onGridKey}
      />
    );
  }

  const picked = selectedCount(table.selection, total ?? 0);
  // One row picked is the pane's business when the pane shows it; anything more is the bulk bar's.
  const showBulk =
    table.selection.kind === 'all' ||
    picked > 1 ||
    (picked === 1 && !table.selection.ids.has(table.openId ?? -1));

  return (
    <section
      className="view incidents-view"
      aria-labelledby="incidents-title"
      onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
        onViewKey(event);
      }}
    >
      <header className="view-head incidents-head">
        <h1 id="incidents-title">{t('common:nav.incidents')}</h1>
        <span className="incident-total" aria-live="polite" data-testid="incident-total">
          {total === null ? '' : t('total', { count: total })}
        </span>
        <SearchBox query={route.table?.q ?? ''} onSearch={onSearch} inputRef={searchRef} />
        <DateRange
          from={route.table?.from}
          to={route.table?.to}
          onChange={(from, to) => {
            navigate(withTable(route, { from, to }));
          }}
        />
        <div className="head-actions">
          <ColumnChooser columns={columns} onChange={onColumns} />
          <ExportButtons filter={filter} disabled={total === 0} />
        </div>
      </header>
      <div className="incidents-toolbar">
        <SavedViews hash={viewHash} />
        <RecentChanges last={lastChange} readOnly={readOnly} />
      </div>
      {showBulk ? (
        <BulkBar
          selection={table.selection}
          filter={filter}
          total={total ?? 0}
          readOnly={readOnly}
          onSelectAll={table.selectAll}
          onClear={table.dismiss}
          onApplied={setLastChange}
        />
      ) : null}
      {store.error !== null ? <ErrorNotice error={store.error} context={t('view.readError')} /> : null}
      {table.error !== null ? <ErrorNotice error={table.error} context={t('view.selectError')} /> : null}
      <div
        className={table.openId === null ? 'incidents-body' : 'incidents-body has-pane'}
        aria-busy={pending}
      >
        <FacetPanel route={route} filter={filter} onToggle={onToggle} />
        <div className="incidents-table">{body}</div>
        {table.openId !== null ? (
          <DetailPane
            id={table.openId}
            pattern={pattern}
            readOnly={readOnly}
            onClose={table.close}
            onApplied={setLastChange}
          />
        ) : null}
      </div>
    </section>
  );
}
