import { memo, type MouseEvent } from 'react';
import type { Incident } from '../../../shared/domain';
import type { ColumnId } from './columns';
import { IncidentCell } from './IncidentCell';

interface Props {
  index: number;
  /** Undefined while its block is on its way: a placeholder row of the same height is shown. */
  incident: Incident | undefined;
  columns: readonly ColumnId[];
  /** Offset from the top of the scroll spacer, in pixels. */
  top: number;
  selected: boolean;
  active: boolean;
  pattern: RegExp | null;
  /** Prefix of the row's element id (aria-activedescendant points at it). */
  idPrefix: string;
  onPick: (index: number, incident: Incident, event: MouseEvent) => void;
}

/** One row of the incident grid, at its place in the (possibly scaled) scroll space. */
export const GridRow = memo(function GridRow({
  index,
  incident,
  columns,
  top,
  selected,
  active,
  pattern,
  idPrefix,
  onPick,
}: Props) {
  const className = ['grid-row', selected ? 'is-selected' : '', active ? 'is-active' : '']
    .filter((c) => c !== '')
    .join(' ');
  const style = { transform: `translateY(${String(top)}px)` };
  if (incident === undefined) {
    return (
      <div
        role="row"
        id={`${idPrefix}-${String(index)}`}
        aria-rowindex={index + 2}
        aria-busy="true"
        aria-selected={selected}
        className={`${className} is-placeholder`}
        data-state="placeholder"
        style={style}
      >
        {columns.map((column, i) => (
          <div key={column} role="gridcell" aria-colindex={i + 1} className="grid-cell">
            <span className="placeholder-bar" />
          </div>
        ))}
      </div>
    );
  }
  return (
    <div
      role="row"
      id={`${idPrefix}-${String(index)}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={className}
      data-testid="incident-row"
      data-state="loaded"
      data-id={incident.id}
      style={style}
      onMouseDown={(event) => {
        // Shift+click picks a range of rows, not a range of text.
        if (event.shiftKey) event.preventDefault();
      }}
      onClick={(event) => {
        onPick(index, incident, event);
      }}
    >
      {columns.map((column, i) => (
        <IncidentCell key={column} column={column} colIndex={i + 1} incident={incident} pattern={pattern} />
      ))}
    </div>
  );
});
