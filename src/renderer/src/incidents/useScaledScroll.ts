// The table's scroll position in rows, over a scroll space that may be scaled (see scrollScale.ts):
// follows the element's scroll events, keeps the rows on screen when the row count changes, starts
// at the top for a new filter, and scrolls a row into view for the keyboard.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  followScroll,
  placeAt,
  scrollSpace,
  TOP,
  virtualTop,
  type ScrollPlace,
  type ScrollSpace,
} from './scrollScale';

export interface ScaledScroll {
  /** For the scrolling element. */
  ref: RefObject<HTMLDivElement | null>;
  space: ScrollSpace;
  place: ScrollPlace;
  /** Height of the rows' part of the viewport (below the sticky header). */
  viewport: number;
  onScroll: () => void;
  /** Scrolls as little as needed for the row to be seen whole. */
  revealRow: (index: number) => void;
}

export function useScaledScroll(
  rowCount: number,
  rowHeight: number,
  headerHeight: number,
  resetKey: unknown,
): ScaledScroll {
  const element = useRef<HTMLDivElement>(null);
  const space = useMemo(() => scrollSpace(rowCount * rowHeight), [rowCount, rowHeight]);
  const [place, setPlace] = useState<ScrollPlace>(TOP);
  const [viewport, setViewport] = useState(0);
  const current = useRef({ place: TOP, space, viewport: 0 });

  const moveTo = useCallback(
    (next: ScrollPlace) => {
      const el = element.current;
      if (el !== null && Math.round(el.scrollTop) !== Math.round(next.top)) el.scrollTop = next.top;
      current.current.place = next;
      setPlace(next);
    },
    [element],
  );

  useLayoutEffect(() => {
    const el = element.current;
    if (el === null) return;
    const measure = (): void => {
      const height = Math.max(0, el.clientHeight - headerHeight);
      current.current.viewport = height;
      setViewport(height);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, [element, headerHeight]);

  // Another row count (the store changed, rows left the filter): the same rows stay at the top.
  useLayoutEffect(() => {
    const was = current.current;
    if (was.space === space) return;
    const y = virtualTop(was.space, was.place);
    current.current.space = space;
    moveTo(placeAt(space, y, was.viewport));
  }, [space, moveTo]);

  // A new filter or sort: its first rows.
  const seenReset = useRef(resetKey);
  useLayoutEffect(() => {
    if (seenReset.current === resetKey) return;
    seenReset.current = resetKey;
    moveTo(TOP);
  }, [resetKey, moveTo]);

  const onScroll = useCallback(() => {
    const el = element.current;
    if (el === null) return;
    const { place: was, space: now, viewport: height } = current.current;
    moveTo(followScroll(now, was, el.scrollTop, height));
  }, [element, moveTo]);

  const revealRow = useCallback(
    (index: number) => {
      const { place: was, space: now, viewport: height } = current.current;
      const top = virtualTop(now, was);
      const rowTop = index * rowHeight;
      if (rowTop < top) moveTo(placeAt(now, rowTop, height));
      else if (rowTop + rowHeight > top + height) moveTo(placeAt(now, rowTop + rowHeight - height, height));
    },
    [moveTo, rowHeight],
  );

  return { ref: element, space, place, viewport, onScroll, revealRow };
}
