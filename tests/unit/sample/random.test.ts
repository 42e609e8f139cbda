import { describe, expect, it } from 'vitest';
import { Mulberry32, cumulative, hash32, pickWeighted } from '../../../src/main/sample/random';

describe('sample randomness', () => {
  it('gives the same stream for the same seed, in [0, 1), and another for another seed', () => {
    const draw = (seed: number): number[] => {
      const r = new Mulberry32(seed);
      return Array.from({ length: 1000 }, () => r.next());
    };
    const a = draw(1);
    expect(draw(1)).toEqual(a);
    expect(draw(2)).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = a.reduce((s, x) => s + x, 0) / a.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('hashes every input bit, including those above 2^32', () => {
    expect(hash32(1, 5, 1)).toBe(hash32(1, 5, 1));
    const distinct = new Set([
      hash32(1, 5, 1),
      hash32(2, 5, 1),
      hash32(1, 6, 1),
      hash32(1, 5, 2),
      hash32(1, 5 + 2 ** 32, 1),
    ]);
    expect(distinct.size).toBe(5);
  });

  it('picks by weight, never an index of weight zero', () => {
    const table = cumulative([1, 0, 3]);
    expect([...table]).toEqual([0.25, 0.25, 1]);
    expect(pickWeighted(table, 0)).toBe(0);
    expect(pickWeighted(table, 0.2499)).toBe(0);
    expect(pickWeighted(table, 0.25)).toBe(2);
    expect(pickWeighted(table, 0.9999)).toBe(2);
    expect(() => cumulative([0, 0])).toThrow();
  });
});
