// Year-on-year change: one decimal, half away from zero on the exact fraction, null against nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yoyPct } from '../../../src/shared/period';

describe('yoyPct', () => {
  it('is null where there is nothing to compare with', () => {
    expect(yoyPct(10, 0)).toBeNull();
    expect(yoyPct(0, 0)).toBeNull();
  });

  it('gives the change in percent with one decimal', () => {
    expect(yoyPct(15, 10)).toBe(50);
    expect(yoyPct(10, 10)).toBe(0);
    expect(yoyPct(0, 10)).toBe(-100);
    expect(yoyPct(30, 10)).toBe(200);
    expect(yoyPct(10, 7)).toBe(42.9);
    expect(yoyPct(1, 3)).toBe(-66.7);
    expect(yoyPct(2, 3)).toBe(-33.3);
    expect(yoyPct(15, 13)).toBe(15.4);
    expect(yoyPct(83_412, 37_214)).toBe(124.1);
  });

  it('rounds a half away from zero on the exact value, not on the float', () => {
    // 2489 / 2000 × 100 is exactly 124.45; in floating point it is 124.44999999999999.
    expect(((4489 - 2000) / 2000) * 100).toBeLessThan(124.45);
    expect(yoyPct(4489, 2000)).toBe(124.5);
    // Exactly -50.05: away from zero, where Math.round would go up to -50.0.
    expect(yoyPct(999, 2000)).toBe(-50.1);
    expect(yoyPct(401, 400)).toBe(0.3);
    expect(yoyPct(399, 400)).toBe(-0.3);
    expect(yoyPct(2001, 2000)).toBe(0.1);
    expect(yoyPct(1999, 2000)).toBe(-0.1);
  });

  it('never answers -0 for a small fall', () => {
    expect(Object.is(yoyPct(2999, 3000), 0)).toBe(true);
    expect(Object.is(yoyPct(3001, 3000), 0)).toBe(true);
  });

  it('stays exact for counts far beyond any store', () => {
    expect(yoyPct(3_000_000_001, 2_000_000_000)).toBe(50);
    expect(yoyPct(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it('refuses counts that are not whole numbers of 0 or more', () => {
    expect(() => yoyPct(-1, 10)).toThrow(RangeError);
    expect(() => yoyPct(1.5, 10)).toThrow(RangeError);
    expect(() => yoyPct(10, Number.NaN)).toThrow(RangeError);
  });

  it('matches round-half-up of |x| computed as floor((2|n| + d) / 2d) in integers', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (count, previous) => {
        const n = BigInt(Math.abs(count - previous)) * 1000n;
        const d = BigInt(previous);
        const tenths = Number((2n * n + d) / (2n * d));
        const expected = (count < previous ? -tenths : tenths) / 10;
        expect(yoyPct(count, previous)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });
});
