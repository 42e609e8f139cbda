import { useEffect } from 'react';
import type { ReportLanguage } from '../../../shared/report';
import { cssString } from './cssString';
import { pageWording } from './reportText';

/**
 * Puts the marking and the page-number wording where report.css's page margins read them: custom
 * properties on the root element, set through the CSSOM (the page's policy allows no inline style
 * text), as CSS strings. Taken away again when the report view closes.
 */
export function useMarkingStyle(marking: string, lang: ReportLanguage): void {
  useEffect(() => {
    const style = document.documentElement.style;
    const page = pageWording(lang);
    const values: Record<string, string> = {
      '--report-marking': cssString(marking),
      '--report-page-before': cssString(page.before),
      '--report-page-middle': cssString(page.middle),
      '--report-page-after': cssString(page.after),
    };
    for (const [name, value] of Object.entries(values)) style.setProperty(name, value);
    return () => {
      for (const name of Object.keys(values)) style.removeProperty(name);
    };
  }, [marking, lang]);
}
