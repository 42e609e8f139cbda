// The printed report's own words in English and Chinese; figures and names come from the data.
import type { ReportLanguage } from '../../../shared/report';
import { ymd, type Period } from '../../../shared/period';
import { periodText } from '../format/periodText';
import { CATEGORIES, isCategoryCode } from '../../../shared/taxonomy';

const EN = {
  defaultTitle: 'Cybersecurity incident briefing',
  period: 'Period',
  comparison: 'Compared with',
  issued: 'Date of issue',
  author: 'Author',
  scope: 'Categories',
  allCategories: 'All categories',
  headline: '1. Headline figures and summary',
  incidents: 'Incidents',
  yearEarlier: 'A year earlier',
  yoy: 'Year on year',
  periodBefore: 'Period before',
  change: 'Change',
  trend: '2. Trend and categories',
  trendCaption: 'Incidents per {bucket}, by category, with the same dates a year earlier',
  category: 'Category',
  count: 'Count',
  share: 'Share',
  total: 'Total',
  breakdowns: '3. Regions, sectors and targets',
  region: 'Region',
  sector: 'Sector',
  severity: 'Severity',
  target: 'Target (asset)',
  notGiven: '(not given)',
  others: 'Others',
  notable: '4. Notable incidents',
  notableNote: '{shown} of {total} critical and high incidents of the period, most severe and latest first.',
  noNotable: 'No critical or high incident in this period.',
  id: 'ID',
  time: 'Time (UTC)',
  title: 'Title',
  asset: 'Asset',
  alerts: '5. Alerts fired in the period',
  noAlerts: 'No alert was recorded for a window ending in this period.',
  alertsNote: '{shown} of {total} alerts whose window ends in the period.',
  rule: 'Rule',
  window: 'Window',
  status: 'Status',
  quality: '6. Data quality and commentary',
  uncategorized: 'Uncategorized',
  withoutRegion: 'Without region',
  withoutSource: 'Without source',
  rejected: 'Rows rejected by the imports behind the store',
  commentary: 'Analyst commentary',
  noCommentary: 'No commentary.',
  method: '7. Method and dataset stamp',
  methodText:
    'Incidents are counted by the date of their occurrence time in {zone}, from the daily counts Vigil keeps. Year on year compares with the same dates one year earlier; a change is (count − previous) / previous × 100, n/a where the earlier count is 0.',
  counted: 'Incidents counted',
  imports: 'Imports included',
  contentHash: 'Content hash (SHA-256)',
  generated: 'Generated at',
  version: 'Vigil version',
  pageBefore: 'Page ',
  pageMiddle: ' of ',
  pageAfter: '',
};

type Words = typeof EN;

const ZH: Words = {
  defaultTitle: '网络安全事件通报',
  period: '统计期间',
  comparison: '对比期间',
  issued: '印发日期',
  author: '编写人',
  scope: '事件类别',
  allCategories: '全部类别',
  headline: '一、总体情况',
  incidents: '事件数',
  yearEarlier: '去年同期',
  yoy: '同比',
  periodBefore: '上一周期',
  change: '环比',
  trend: '二、趋势与类别',
  trendCaption: '按{bucket}统计的各类事件数，虚线为去年同期',
  category: '类别',
  count: '数量',
  share: '占比',
  total: '合计',
  breakdowns: '三、地区、行业与受影响目标',
  region: '地区',
  sector: '行业',
  severity: '级别',
  target: '受影响目标',
  notGiven: '（未填写）',
  others: '其他',
  notable: '四、重要事件',
  notableNote: '本期特别重大和重大事件共{total}起，列出{shown}起（按级别和时间倒序）。',
  noNotable: '本期无特别重大或重大事件。',
  id: '编号',
  time: '时间（UTC）',
  title: '标题',
  asset: '受影响目标',
  alerts: '五、预警情况',
  noAlerts: '本期无预警记录。',
  alertsNote: '窗口结束于本期的预警共{total}条，列出{shown}条。',
  rule: '规则',
  window: '窗口',
  status: '状态',
  quality: '六、数据质量与分析意见',
  uncategorized: '未分类',
  withoutRegion: '未填写地区',
  withoutSource: '未填写来源',
  rejected: '导入时拒收的行数',
  commentary: '分析意见',
  noCommentary: '无。',
  method: '七、统计方法与数据标识',
  methodText:
    '事件按发生时间在{zone}时区的日期统计，数据取自Vigil维护的每日计数。同比为与去年同期相比；变化率 =（本期 − 上期）/ 上期 × 100，上期为0时记为n/a。',
  counted: '统计事件数',
  imports: '数据来源（导入）',
  contentHash: '内容哈希（SHA-256）',
  generated: '生成时间',
  version: 'Vigil版本',
  pageBefore: '第 ',
  pageMiddle: ' 页，共 ',
  pageAfter: ' 页',
};

export function words(lang: ReportLanguage): Words {
  return lang === 'zh' ? ZH : EN;
}

/** "{shown} of {total}" filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function categoryName(code: string, lang: ReportLanguage): string {
  return isCategoryCode(code) ? CATEGORIES[code][lang] : code;
}

export function periodLabel(period: Period, lang: ReportLanguage): string {
  if (lang === 'en') return periodText(period);
  const from = ymd(period.from);
  const to = ymd(period.to);
  const full = (d: typeof from): string => `${String(d.year)}年${String(d.month)}月${String(d.day)}日`;
  if (period.from === period.to) return full(to);
  return `${full(from)}至${from.year === to.year ? `${String(to.month)}月${String(to.day)}日` : full(to)}`;
}

export function dateLabel(date: string, lang: ReportLanguage): string {
  return periodLabel({ from: date, to: date }, lang);
}

const BUCKETS: Readonly<Record<ReportLanguage, Record<string, string>>> = {
  en: { day: 'day', week: 'ISO week', month: 'month', quarter: 'quarter' },
  zh: { day: '日', week: '周', month: '月', quarter: '季度' },
};

export function bucketName(granularity: string, lang: ReportLanguage): string {
  return BUCKETS[lang][granularity] ?? granularity;
}
