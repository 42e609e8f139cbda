// The headline in one sentence, the way a briefing says it:
// "1 January – 30 September 2016: 42,360 incidents, up 111.3% on the same period of 2015."
import type { Headline } from '../../../shared/domain';
import { countOf } from './count';
import { periodText } from './periodText';

export function headlineSentence(h: Headline): string {
  const fromYear = h.comparison.from.slice(0, 4);
  const samePeriod =
    fromYear === h.comparison.to.slice(0, 4)
      ? `the same period of ${fromYear}`
      : 'the same dates a year earlier';
  let change: string;
  if (h.yoyPct === null) change = `none in ${samePeriod} to compare with`;
  else if (h.total === h.previous) change = `level with ${samePeriod}`;
  else {
    const direction = h.total > h.previous ? 'up' : 'down';
    change = `${direction} ${Math.abs(h.yoyPct).toFixed(1)}% on ${samePeriod}`;
  }
  return `${periodText(h.period)}: ${countOf(h.total, 'incident')}, ${change}.`;
}
