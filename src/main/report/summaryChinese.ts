// A report's summary in Chinese, written from the same facts as the English one, the way a briefing
// words it: "2016年1月1日至6月30日，共监测到事件12,480起，同比上升37.2%；其中网页仿冒增长最快，同比上升
// 81.3%；恶意程序数量最多，共4,210起，占33.7%。" Category names are the taxonomy's Chinese names.
import { ymd, type Period } from '../../shared/period';
import { CATEGORIES, type CategoryCode } from '../../shared/taxonomy';
import type { SummaryFacts } from './summaryFacts';

const count = new Intl.NumberFormat('en-US');

/** "2016年1月1日至6月30日", "2015年12月1日至2016年2月28日", "2016年3月3日". */
function when(period: Period): string {
  const from = ymd(period.from);
  const to = ymd(period.to);
  const full = (d: typeof from): string => `${String(d.year)}年${String(d.month)}月${String(d.day)}日`;
  if (period.from === period.to) return full(to);
  const end = from.year === to.year ? `${String(to.month)}月${String(to.day)}日` : full(to);
  return `${full(from)}至${end}`;
}

function name(code: CategoryCode): string {
  return CATEGORIES[code].zh;
}

function what(scope: readonly CategoryCode[]): string {
  if (scope.length === 0) return '事件';
  if (scope.length === 1 && scope[0] !== undefined) return `${name(scope[0])}事件`;
  return `所选类别（${scope.map(name).join('、')}）事件`;
}

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function pct(value: number): string {
  return `${oneDecimal.format(Math.abs(value))}%`;
}

export function summaryChinese(f: SummaryFacts): string {
  if (f.total === 0) {
    const against = f.previous > 0 ? `，去年同期为${count.format(f.previous)}起` : '';
    return `${when(f.period)}，未监测到${what(f.scope)}${against}。`;
  }
  let change: string;
  if (f.yoyPct === null) change = '去年同期无此类事件，同比变化无法计算';
  else if (f.yoyPct === 0) change = '与去年同期持平';
  else change = `同比${f.yoyPct > 0 ? '上升' : '下降'}${pct(f.yoyPct)}`;
  const clauses = [`${when(f.period)}，共监测到${what(f.scope)}${count.format(f.total)}起，${change}`];
  const largest =
    f.largest === null
      ? null
      : `共${count.format(f.largest.count)}起，占${oneDecimal.format(f.largest.share * 100)}%`;
  if (f.fastest !== null && f.fastest.yoyPct !== null) {
    const grew = `其中${name(f.fastest.code)}增长最快，同比上升${pct(f.fastest.yoyPct)}`;
    clauses.push(
      f.largest?.code === f.fastest.code && largest !== null ? `${grew}，且数量最多，${largest}` : grew,
    );
  }
  if (f.largest !== null && largest !== null && f.largest.code !== f.fastest?.code) {
    clauses.push(`${name(f.largest.code)}数量最多，${largest}`);
  }
  return `${clauses.join('；')}。`;
}
