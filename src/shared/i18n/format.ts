// Numbers, changes, shares and times as each language writes them. Pure Intl: the window, the
// command line and the printed report format alike.
import { CATEGORIES, isCategoryCode } from '../taxonomy';
import { INTL_LOCALES, type Language } from './languages';

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** "1,204" in both languages (Chinese writes digit groups the same way). */
export function formatNumber(n: number, language: Language): string {
  let format = numberFormats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_LOCALES[language]);
    numberFormats.set(language, format);
  }
  return format.format(n);
}

/**
 * A change in percent with one decimal and a sign: "+12.0%", "−3.5%", "0.0%"; "n/a" (不适用) where
 * the count compared with is 0 (DESIGN.md §3). The minus is U+2212, as wide as the plus.
 */
export function formatSignedPct(pct: number | null, language: Language): string {
  if (pct === null) return language === 'zh' ? '不适用' : 'n/a';
  if (pct === 0) return '0.0%';
  return `${pct > 0 ? '+' : '\u2212'}${Math.abs(pct).toFixed(1)}%`;
}

/**
 * A share (0 to 1) as a percentage with one decimal: "12.3%". A share too small to show at that
 * precision reads "<0.1%" rather than "0.0%", so a few bad rows are never hidden.
 */
// Both languages write percentages alike; the language is taken so that callers never assume it.
export function formatShare(share: number, _language: Language): string {
  if (share > 0 && share < 0.0005) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

/** The category's name in the language, from the taxonomy (DESIGN.md §3); other codes as they are. */
export function categoryName(code: string, language: Language): string {
  return isCategoryCode(code) ? CATEGORIES[code][language] : code;
}
