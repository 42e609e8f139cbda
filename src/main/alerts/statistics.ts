// The few statistics the rules need, written out so that each can be checked by hand: mean and
// sample standard deviation, a least-squares line, and the upper tail of the Poisson distribution.

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample standard deviation (n − 1): the baseline windows are a sample of what the count can be. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

/** The least-squares line through (0, y0), (1, y1), …: value at x = intercept + slope·x. */
export function leastSquares(ys: readonly number[]): { slope: number; intercept: number } {
  const n = ys.length;
  if (n === 0) return { slope: 0, intercept: 0 };
  const meanX = (n - 1) / 2;
  const meanY = mean(ys);
  let sxy = 0;
  let sxx = 0;
  ys.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

// Lanczos approximation of ln Γ (g = 7, n = 9), good to about 15 digits for positive arguments.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] ?? 1;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] ?? 0) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * P(X ≥ k) for X ~ Poisson(λ), summed upwards from k (no 1 − P(X < k) cancellation, so a tail of 1e-12
 * stays exact). The terms fall once k passes λ, and a rule only asks past λ for small λ.
 */
export function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let term = Math.exp(-lambda + k * Math.log(lambda) - logGamma(k + 1));
  let sum = 0;
  for (let i = k; i < k + 10_000; i++) {
    sum += term;
    term *= lambda / (i + 1);
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}

/** The smallest count k ≥ 1 with P(X ≥ k | λ) < α: how many it takes to be unlikely by chance. */
export function poissonLevel(lambda: number, alpha: number): number {
  let k = Math.max(1, Math.floor(lambda));
  while (poissonTail(k, lambda) >= alpha) k++;
  return k;
}
