// The scaled scroll space: small scrolls move the rows one for one (across pages too), jumps land at
// the same fraction of the rows, both ends are reachable, and the spacer never passes the cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  followScroll,
  MAX_SCROLL_HEIGHT,
  placeAt,
  scrollSpace,
  TOP,
  virtualTop,
  type ScrollPlace,
} from '../../../src/renderer/src/incidents/scrollScale';

const ROW = 32;
const VIEW = 700;

describe('the scroll space', () => {
  it('is the rows themselves while they fit', () => {
    const space = scrollSpace(1000 * ROW);
    expect(space.physical).toBe(1000 * ROW);
    expect(followScroll(space, TOP, 12345, VIEW)).toEqual({ page: 0, top: 12345 });
    expect(virtualTop(space, { page: 0, top: 500 })).toBe(500);
  });

  it('is capped for a million rows, and still reaches the first and the last row', () => {
    const space = scrollSpace(1_000_000 * ROW);
    expect(space.physical).toBe(MAX_SCROLL_HEIGHT);
    const bottom = followScroll(space, TOP, space.physical - VIEW, VIEW);
    expect(virtualTop(space, bottom)).toBe(space.content - VIEW);
    expect(virtualTop(space, followScroll(space, bottom, 0, VIEW))).toBe(0);
  });

  it('moves the rows by as much as a small scroll moved the bar, across page boundaries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 150_000, max: 2_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.integer({ min: -VIEW + 1, max: VIEW - 1 }), { minLength: 1, maxLength: 60 }),
        (rows, at, steps) => {
          const space = scrollSpace(rows * ROW);
          let place: ScrollPlace = placeAt(space, at * (space.content - VIEW), VIEW);
          for (const step of steps) {
            const before = virtualTop(space, place);
            const maxTop = space.physical - VIEW;
            const top = Math.min(maxTop, Math.max(0, place.top + step));
            const moved = top - place.top;
            place = followScroll(space, place, top, VIEW);
            const expected = Math.min(space.content - VIEW, Math.max(0, before + moved));
            expect(virtualTop(space, place)).toBe(expected);
            // Rows left below (above) means the bar can still move down (up): a wheel is never stuck.
            if (expected < space.content - VIEW) expect(place.top).toBeLessThan(maxTop);
            if (expected > 0) expect(place.top).toBeGreaterThan(0);
            expect(place.top).toBeGreaterThanOrEqual(0);
            expect(place.top).toBeLessThanOrEqual(maxTop);
          }
        },
      ),
    );
  });

  it('lands a jump near the same fraction of the rows as of the bar, in order', () => {
    const space = scrollSpace(1_000_000 * ROW);
    const maxTop = space.physical - VIEW;
    let previous = -1;
    for (let i = 0; i <= 200; i++) {
      const top = (maxTop * i) / 200;
      const y = virtualTop(space, followScroll(space, TOP, top, VIEW));
      const wanted = (top / maxTop) * (space.content - VIEW);
      expect(Math.abs(y - wanted)).toBeLessThanOrEqual(space.jumpPerPage / 2 + 1);
      expect(y).toBeGreaterThanOrEqual(previous);
      previous = y;
    }
  });

  it('places any row at the top of the viewport, where the bar can still move both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 - 1 }), (row) => {
        const space = scrollSpace(1_000_000 * ROW);
        const place = placeAt(space, row * ROW, VIEW);
        expect(virtualTop(space, place)).toBe(Math.min(row * ROW, space.content - VIEW));
        expect(place.top).toBeGreaterThanOrEqual(0);
        expect(place.top).toBeLessThanOrEqual(space.physical - VIEW);
      }),
    );
  });
});
