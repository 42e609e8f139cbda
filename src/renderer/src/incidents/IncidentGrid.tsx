// The incident table as an ARIA grid over every row of the filter, of which only those in view (and a
// few around) are in the DOM. Rows are absolutely placed in a spacer as tall as all of them, scaled
// down where that would pass the browser's limit (scrollScale.ts). The grid itself holds the focus;
// the active row is its aria-activedescendant, so focus is not lost when that row scrolls away.
import { useEffect, useId, type KeyboardEvent, type MouseEvent, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident, SortField } from '../../../shared/domain';
import type { SortDir } from '../app/route';
import type { ColumnId } from './columns';
import { GridHeader } from './GridHeader';
import { GridRow } from './GridRow';
import type { RowStore } from './rowStore';
import { pageOffset, virtualTop } from './scrollScale';
import { isSelected, type Selection } from './selection';
import { useScaledScroll } from './useScaledScroll';

export const ROW_HEIGHT = 32;
/** The sticky header's height (fixed in incidents.css). */
const HEADER_HEIGHT = 34;
/** Rows rendered beyond the viewport, so a small scroll shows rows already laid out. */
const OVERSCAN = 6;
/** Rows asked for beyond the viewport: the next block is on its way before it is reached. */
const PREFETCH_BEFORE = 20;
const PREFETCH_AFTER = 60;

interface Props {
  store: RowStore;
  /** Changes with the filter and the sort: the grid then starts again at the top. */
  resetKey: string;
  columns: readonly ColumnId[];
  widthOf: (id: ColumnId) => number;
  sort: SortField;
  dir: SortDir;
  onSort: (field: SortField) => void;
  onResize: (id: ColumnId, width: number, done: boolean) => void;
  selection: Selection;
  active: number | null;
  pattern: RegExp | null;
  onPick: (index: number, incident: Incident, event: MouseEvent) => void;
  /** Keys pressed in the grid; `pageRows` is how many rows one page of the viewport holds. */
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, pageRows: number) => void;
}

export function IncidentGrid(props: Props) {
  const { store, columns, widthOf, selection, active, pattern, onPick } = props;
  const { t } = useTranslation('incidents');
  const total = store.total ?? 0;
  const idPrefix = `incident-row${useId().replace(/:/g, '')}`;
  const { ref, space, place, viewport, onScroll, revealRow } = useScaledScroll(
    total,
    ROW_HEIGHT,
    HEADER_HEIGHT,
    props.resetKey,
  );

  const top = virtualTop(space, place);
  const firstVisible = Math.floor(top / ROW_HEIGHT);
  const lastVisible = Math.min(total - 1, Math.floor((top + Math.max(viewport, 1) - 1) / ROW_HEIGHT));
  const first = Math.max(0, firstVisible - OVERSCAN);
  const last = Math.min(total - 1, lastVisible + OVERSCAN);
  const pageRows = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);

  useEffect(() => {
    store.want(
      Math.max(0, firstVisible - PREFETCH_BEFORE),
      Math.max(firstVisible, lastVisible) + PREFETCH_AFTER,
    );
  }, [store, firstVisible, lastVisible]);

  useEffect(() => {
    if (active !== null) revealRow(active);
  }, [active, revealRow]);

  const widths = columns.map(widthOf);
  const width = widths.reduce((sum, w) => sum + w, 0);
  const style = {
    '--grid-columns': widths.map((w) => `${String(w)}px`).join(' '),
    '--grid-width': `${String(width)}px`,
  } as CSSProperties;
  const shift = pageOffset(space, place.page);
  const rows = [];
  for (let index = first; index <= last; index++) {
    const incident = store.rowAt(index);
    rows.push(
      <GridRow
        key={index}
        index={index}
        incident={incident}
        columns={columns}
        top={index * ROW_HEIGHT - shift}
        // Under Ctrl+A a row still on its way is picked too.
        selected={selection.kind === 'all' || (incident !== undefined && isSelected(selection, incident.id))}
        active={index === active}
        pattern={pattern}
        idPrefix={idPrefix}
        onPick={onPick}
      />,
    );
  }
  const activeRendered = active !== null && active >= first && active <= last;

  return (
    <div
      ref={ref}
      role="grid"
      tabIndex={0}
      aria-label={t('grid.label', { count: total })}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-multiselectable="true"
      aria-activedescendant={activeRendered ? `${idPrefix}-${String(active)}` : undefined}
      aria-busy={store.total === null}
      className="incident-grid"
      data-testid="incident-table"
      style={style}
      onScroll={onScroll}
      onKeyDown={(event) => {
        props.onKeyDown(event, pageRows);
      }}
    >
      <GridHeader
        columns={columns}
        widthOf={widthOf}
        sort={props.sort}
        dir={props.dir}
        onSort={props.onSort}
        onResize={props.onResize}
      />
      <div role="rowgroup" className="grid-body" style={{ height: `${String(space.physical)}px` }}>
        {rows}
      </div>
    </div>
  );
}
