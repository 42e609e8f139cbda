// Changes and shares in percent, as the design says to show them (DESIGN.md §3), in the window's
// language.
import { formatShare, formatSignedPct } from '../../../shared/i18n/format';
import { currentLanguage } from '../i18n/instance';

/** "+12.0%", "−3.5%", "0.0%", or "n/a" / "不适用". */
export function signedPct(pct: number | null): string {
  return formatSignedPct(pct, currentLanguage());
}

/** A class for a change: rises and falls look different, and not by colour alone (the sign says it). */
export function changeClass(pct: number | null): string {
  if (pct === null || pct === 0) return 'change change-none';
  return pct > 0 ? 'change change-up' : 'change change-down';
}

/** A share (0 to 1) as "12.3%", or "<0.1%" for a share too small to show at that precision. */
export function sharePct(share: number): string {
  return formatShare(share, currentLanguage());
}
