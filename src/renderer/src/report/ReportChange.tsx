import type { ReportLanguage } from '../../../shared/report';
import { changeClass } from '../format/percent';
import { changeText } from './reportText';

/** A change in percent with its sign, in the report's language ("n/a", "不适用" where nothing compares). */
export function ReportChange({ pct, lang }: { pct: number | null; lang: ReportLanguage }) {
  return <span className={changeClass(pct)}>{changeText(pct, lang)}</span>;
}
