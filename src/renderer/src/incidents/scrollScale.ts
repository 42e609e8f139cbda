// A scroll space for more rows than a browser lets one element be tall. Chromium caps an element's
// height near 33.5 million pixels (Firefox near 17.9 million), and a million rows of 30 pixels is 30
// million: the spacer is capped at MAX_SCROLL_HEIGHT and the rows' own ("virtual") offset is the
// scroll position plus a per-page offset. Small scrolls (wheel, keys, a slow drag) move the rows one
// for one; a jump larger than the viewport (a scrollbar drag, a click in the track) lands at the
// same fraction of the rows as of the scrollbar. This is the scheme SlickGrid uses for its large
// grids: the space is cut in PAGES pages; crossing into another page while scrolling slowly
// rewrites scrollTop so that the rows on screen do not move.
// https://github.com/6pac/SlickGrid/blob/master/src/slick.grid.ts (see `scrollTo` and `handleScroll`)

/** Tallest spacer used; well under every browser's limit. */
export const MAX_SCROLL_HEIGHT = 4_000_000;
const PAGES = 100;

export interface ScrollSpace {
  /** Height of all the rows together. */
  content: number;
  /** Height of the spacer the browser scrolls: the content, capped. */
  physical: number;
  pageHeight: number;
  pageCount: number;
  /** How much further the rows are than the spacer, per page. */
  jumpPerPage: number;
}

/** Where the view stands: which page, and the element's scrollTop. */
export interface ScrollPlace {
  page: number;
  top: number;
}

export const TOP: ScrollPlace = { page: 0, top: 0 };

export function scrollSpace(content: number, cap = MAX_SCROLL_HEIGHT): ScrollSpace {
  if (content <= cap)
    return { content, physical: content, pageHeight: content, pageCount: 1, jumpPerPage: 0 };
  const pageHeight = cap / PAGES;
  const pageCount = Math.ceil(content / pageHeight);
  return { content, physical: cap, pageHeight, pageCount, jumpPerPage: (content - cap) / (pageCount - 1) };
}

export function pageOffset(space: ScrollSpace, page: number): number {
  return Math.round(page * space.jumpPerPage);
}

/** The rows' offset at the top of the viewport. */
export function virtualTop(space: ScrollSpace, place: ScrollPlace): number {
  return place.top + pageOffset(space, place.page);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** The place that shows the rows from virtual offset `y` at the top of a viewport this tall. */
export function placeAt(space: ScrollSpace, y: number, viewport: number): ScrollPlace {
  const target = clamp(y, 0, Math.max(0, space.content - viewport));
  const maxTop = Math.max(0, space.physical - viewport);
  if (space.pageCount === 1) return { page: 0, top: target };
  let page = clamp(Math.floor(target / space.pageHeight), 0, space.pageCount - 1);
  // A page's offset grows by less than a page's height, so near a page's end the scrollTop it needs
  // can reach the spacer's end: a later page (a larger offset) then holds the same rows, and leaves
  // the scrollbar room to go on. Likewise at the spacer's top with an earlier page.
  while (page < space.pageCount - 1 && target - pageOffset(space, page) >= maxTop) page++;
  while (page > 0 && target - pageOffset(space, page) <= 0) page--;
  return { page, top: clamp(target - pageOffset(space, page), 0, maxTop) };
}

/**
 * The place after the element reported scrollTop `top`. When the returned place's top differs from
 * `top`, the caller writes it back to the element (a page was crossed by a small scroll).
 */
export function followScroll(
  space: ScrollSpace,
  place: ScrollPlace,
  top: number,
  viewport: number,
): ScrollPlace {
  if (space.pageCount === 1) return { page: 0, top };
  const delta = top - place.top;
  if (Math.abs(delta) < viewport) return placeAt(space, virtualTop(space, place) + delta, viewport);
  // A jump keeps the scrollbar where it was put and picks the page whose offset brings the rows
  // nearest the same fraction of the content: exact at both ends, within half a page's jump between.
  const maxTop = Math.max(0, space.physical - viewport);
  const end = Math.max(0, space.content - viewport);
  const clamped = clamp(top, 0, maxTop);
  const target = maxTop === 0 ? 0 : (clamped / maxTop) * end;
  let page = clamp(Math.round((target - clamped) / space.jumpPerPage), 0, space.pageCount - 1);
  while (clamped + pageOffset(space, page) > end && page > 0) page--;
  return { page, top };
}
