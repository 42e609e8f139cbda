// The headline in one sentence, the way a briefing says it, in the window's language:
// "1 January – 30 September 2016: 42,360 incidents, up 111.3% on the same period of 2015."
// "2016年1月1日至9月30日共发生事件 42,360 起，较2015年同期上升 111.3%。"
import type { Headline } from '../../../shared/domain';
import { dashboardText } from '../dashboard/dashboardText';
import { periodText } from './periodText';

export function headlineSentence(h: Headline): string {
  const t = dashboardText();
  const fromYear = h.comparison.from.slice(0, 4);
  const same =
    fromYear === h.comparison.to.slice(0, 4)
      ? t('headline.samePeriodOf', { year: fromYear })
      : t('headline.sameDates');
  const change =
    h.yoyPct === null ? 'none' : h.total === h.previous ? 'level' : h.total > h.previous ? 'up' : 'down';
  return t(`headline.sentence.${change}`, {
    count: h.total,
    period: periodText(h.period),
    pct: Math.abs(h.yoyPct ?? 0).toFixed(1),
    same,
  });
}
