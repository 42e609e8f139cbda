// Seeded randomness for the sample generator, written here so output is the same on every machine and
// Node version (Math.random cannot be seeded). Every row draws from its own stream, seeded from
// (seed, row position): any row can be generated again on its own, which is how a duplicate repeats an
// earlier row byte for byte without the generator keeping rows in memory.

const TWO_POW_32 = 4_294_967_296;

/** murmur3's 32-bit finalizer: spreads every input bit over the whole word. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a seed, a non-negative integer (any size up to 2^53) and a salt naming its use. */
export function hash32(seed: number, value: number, salt: number): number {
  const low = value >>> 0;
  const high = Math.floor(value / TWO_POW_32) >>> 0;
  let h = fmix32((seed ^ Math.imul(salt, 0x9e3779b1)) >>> 0);
  h = fmix32((h ^ low) >>> 0);
  return fmix32((h ^ Math.imul(high, 0x27d4eb2f)) >>> 0);
}

/** A number in [0, 1) from a hash, for a one-off draw that needs no stream. */
export function unitFromHash(hash: number): number {
  return hash / TWO_POW_32;
}

/**
 * mulberry32: one 32-bit word of state, a handful of integer operations per draw, and good enough
 * statistics for synthetic data. One instance is re-seeded per row so no object is allocated per row.
 */
export class Mulberry32 {
  private state: number;

  constructor(seed = 0) {
    this.state = seed >>> 0;
  }

  seed(seed: number): void {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Cumulative weights (last entry 1) for choosing an index with `pickWeighted`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (const w of weights) total += w;
  if (!(total > 0)) throw new Error('weights must add up to more than zero');
  let running = 0;
  weights.forEach((w, i) => {
    running += w;
    out[i] = running / total;
  });
  out[weights.length - 1] = 1;
  return out;
}

/** The first index whose cumulative weight exceeds `u` (u in [0, 1)), by binary search. */
export function pickWeighted(table: Float64Array, u: number, from = 0, to = table.length): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u < (table[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
