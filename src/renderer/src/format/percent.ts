// Changes in percent as the design says to show them: one decimal, a sign, "n/a" where the count
// compared with is 0 (DESIGN.md §3).

/** "+12.0%", "−3.5%", "0.0%", or "n/a". The minus is U+2212, as wide as the plus in tabular figures. */
export function signedPct(pct: number | null): string {
  if (pct === null) return 'n/a';
  if (pct === 0) return '0.0%';
  return `${pct > 0 ? '+' : '\u2212'}${Math.abs(pct).toFixed(1)}%`;
}

/** A class for a change: rises and falls look different, and not by colour alone (the sign says it). */
export function changeClass(pct: number | null): string {
  if (pct === null || pct === 0) return 'change change-none';
  return pct > 0 ? 'change change-up' : 'change change-down';
}

/**
 * A share (a fraction from 0 to 1) as a percentage with one decimal: "12.3%". A share too small to
 * show at that precision reads "<0.1%" rather than "0.0%", so a few bad rows are never hidden.
 */
export function sharePct(share: number): string {
  if (share > 0 && share < 0.0005) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}
