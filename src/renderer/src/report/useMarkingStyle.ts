import { useEffect } from 'react';
import type { ReportLanguage } from '../../../shared/report';
import { cssString } from './cssString';
import { words } from './reportText';

/**
 * Puts the marking and the page-number wording where report.css's page margins read them: custom
 * properties on the root element, set through the CSSOM (the page's policy allows no inline style
 * text), as CSS strings. Taken away again when the report view closes.
 */
export function useMarkingStyle(marking: string, lang: ReportLanguage): void {
  useEffect(() => {
    const style = document.documentElement.style;
    const w = words(lang);
    const values: Record<string, string> = {
      '--report-marking': cssString(marking),
      '--report-page-before': cssString(w.pageBefore),
      '--report-page-middle': cssString(w.pageMiddle),
      '--report-page-after': cssString(w.pageAfter),
    };
    for (const [name, value] of Object.entries(values)) style.setProperty(name, value);
    return () => {
      for (const name of Object.keys(values)) style.removeProperty(name);
    };
  }, [marking, lang]);
}
