import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './columnPrefs';

interface Props {
  label: string;
  width: number;
  /** `done` is true when the drag (or key press) ends: the width is then remembered. */
  onResize: (width: number, done: boolean) => void;
}

const KEY_STEP = 16;

/** The handle on a header's right edge: drag it, or focus it and press ←/→, to size the column. */
export function ColumnResizer({ label, width, onResize }: Props) {
  const { t } = useTranslation('incidents');
  const drag = useRef<{ x: number; width: number } | null>(null);

  const move = (event: PointerEvent<HTMLDivElement>, done: boolean): void => {
    const start = drag.current;
    if (start === null) return;
    onResize(start.width + event.clientX - start.x, done);
    if (done) drag.current = null;
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('grid.resize', { column: label })}
      aria-valuenow={width}
      aria-valuemin={MIN_COLUMN_WIDTH}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      className="column-resizer"
      onPointerDown={(event) => {
        event.preventDefault();
        event.stopPropagation();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, width };
      }}
      onPointerMove={(event) => {
        move(event, false);
      }}
      onPointerUp={(event) => {
        move(event, true);
      }}
      onPointerCancel={(event) => {
        move(event, true);
      }}
      onClick={(event) => {
        event.stopPropagation();
      }}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        event.preventDefault();
        event.stopPropagation();
        onResize(width + (event.key === 'ArrowRight' ? KEY_STEP : -KEY_STEP), true);
      }}
    />
  );
}
