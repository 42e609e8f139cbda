// The printed report speaks its own language, whatever the window speaks: its words come from the
// `report` catalog (report:document.*) looked up in the report's language, and its numbers, changes,
// periods and category names are formatted in that language too. Figures and names come from the data.
import type { TrendGranularity } from '../../../shared/domain';
import {
  categoryName as sharedCategoryName,
  formatNumber,
  formatShare,
  formatSignedPct,
} from '../../../shared/i18n/format';
import type { Period } from '../../../shared/period';
import { dayText, periodText } from '../../../shared/periodText';
import type { ReportLanguage } from '../../../shared/report';
import { SEVERITIES, type Severity } from '../../../shared/severity';
import { i18n } from '../i18n/instance';

/** The document's words in a language: `words('zh')('period')` is "统计时段". */
export function words(lang: ReportLanguage) {
  return i18n.getFixedT(lang, 'report', 'document');
}

export type DocumentWords = ReturnType<typeof words>;

/** The text before, between and after the page numbers: "Page ", " of ", "" in English. */
export function pageWording(lang: ReportLanguage): { before: string; middle: string; after: string } {
  // Placeholders the catalog cannot contain mark where the numbers go.
  const text = words(lang)('pageOf', { page: '\u0001', pages: '\u0002' });
  const [before = '', rest = ''] = text.split('\u0001');
  const [middle = '', after = ''] = rest.split('\u0002');
  return { before, middle, after };
}

/** The HTML `lang` of a language, so a screen reader reads each part in its own voice. */
export function htmlLang(lang: ReportLanguage): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function categoryName(code: string, lang: ReportLanguage): string {
  return sharedCategoryName(code, lang);
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** A severity level as the report's language names it; any other value as it is. */
export function severityName(value: string, lang: ReportLanguage): string {
  return isSeverity(value) ? i18n.t(`common:severity.${value}`, { lng: lang }) : value;
}

export function periodLabel(period: Period, lang: ReportLanguage): string {
  return periodText(period, lang);
}

export function dateLabel(date: string, lang: ReportLanguage): string {
  return dayText(date, lang);
}

export function bucketName(granularity: TrendGranularity, lang: ReportLanguage): string {
  return words(lang)(`bucket.${granularity}`);
}

export function bucketHeading(granularity: TrendGranularity, lang: ReportLanguage): string {
  return words(lang)(`bucketHeading.${granularity}`);
}

export function countText(n: number, lang: ReportLanguage): string {
  return formatNumber(n, lang);
}

export function shareText(share: number, lang: ReportLanguage): string {
  return formatShare(share, lang);
}

export function changeText(pct: number | null, lang: ReportLanguage): string {
  return formatSignedPct(pct, lang);
}
