// Counts as people read them, in the window's language: digit groups.
import { formatNumber } from '../../../shared/i18n/format';
import { currentLanguage } from '../i18n/instance';

export function formatCount(n: number): string {
  return formatNumber(n, currentLanguage());
}

/**
 * "1 duplicate", "2 duplicates": English only, for text not yet in the catalogs. New text uses a
 * catalog entry with plural forms (`t('key', { count })`).
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
