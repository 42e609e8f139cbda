// What a national CERT's consolidated export says: categories with their shares and growth, the feeds
// and regions it comes from, and the English and Chinese text of titles and descriptions. Every name
// is invented and every address is reserved for documentation (RFC 2606 domains, RFC 5737 and RFC 1918
// addresses), so a sample file can be shown anywhere.
//
// Plain texts contain no ASCII comma, double quote or line break, so they are written unquoted; the
// multi-line notes contain all three on purpose and are always quoted (see rows.ts).

import type { CategoryCode } from '../../shared/taxonomy';

/** The categories a sample uses: every canonical code but `uncategorized`, which is the importer's. */
export type SampleCategory = Exclude<CategoryCode, 'uncategorized'>;

/** The mutable facts of the row being written, read by the text templates (one object, reused). */
export class TextContext {
  /** The asset cell as written (URL, domain or host). */
  asset = '';
  /** The host name of the asset. */
  host = '';
  /** The attacker address, for categories that always have one. */
  ip = '';
  source = '';
  regionEn = '';
  regionZh = '';
  /** A count (requests, records, pages, hosts) sized for the text it appears in. */
  count = 0;
  port = 0;
  ticket = 0;
  /** An organization kind (city, edu, ...) and a site number, skewed so some sites recur often. */
  org = '';
  site = 0;
  brand = 0;
  family = 0;
  vuln = 0;
}

export type Template = (c: TextContext) => string;

export interface CategoryProfile {
  code: SampleCategory;
  /** Chinese labels as reports write them, the most common first (DESIGN.md §3). */
  labelsZh: readonly string[];
  /** English labels other than the code itself. */
  labelsEn: readonly string[];
  /** Share of the first year's incidents. */
  share: number;
  /** Second-year count over first-year count: growth is exponential over the two years. */
  growth: number;
  /** How much of the weekday rhythm applies (0: machines report around the clock; 1: people do). */
  weekly: number;
  /** Weights of low, medium, high, critical. */
  severity: readonly [number, number, number, number];
  /** Share of rows with an attacker address; templates name `ip` only where this is 1. */
  attackerIp: number;
  asset: Template;
  titleEn: readonly Template[];
  titleZh: readonly Template[];
  descEn: readonly Template[];
  descZh: readonly Template[];
}

export const BRANDS_EN = [
  'Example Bank',
  'ExamplePay',
  'Sample Airlines',
  'Demo Post',
  'Test Telecom',
  'the tax bureau',
  'Sample Securities',
  'Example Mall',
] as const;
export const BRANDS_ZH = [
  '示例银行',
  '某支付平台',
  '某航空公司',
  '某快递公司',
  '某电信运营商',
  '某税务局',
  '某证券公司',
  '某购物网站',
] as const;
const BRAND_SLUGS: readonly string[] = [
  'examplebank',
  'examplepay',
  'sampleair',
  'demopost',
  'testtel',
  'tax',
  'samplesec',
  'mall',
];
const PHISH_WORDS: readonly string[] = ['verify', 'secure', 'login', 'account', 'update', 'service'];

export const FAMILIES = [
  'Trojan.Agent',
  'Worm.Autorun',
  'Backdoor.Gh0st',
  'Ransom.Locker',
  'Bot.XorDDoS',
  'Trojan.Banker',
  'Miner.Coin',
  'Bot.Mirai-like',
] as const;

export const VULNS_EN = [
  'Struts2 remote code execution',
  'unauthenticated Redis access',
  'weak SSH password',
  'SQL injection in the login form',
  'exposed MongoDB without authentication',
  'outdated CMS with a known upload flaw',
  'directory listing exposing backups',
  'OpenSSL heartbeat information leak',
] as const;
export const VULNS_ZH = [
  'Struts2远程代码执行漏洞',
  'Redis未授权访问漏洞',
  'SSH弱口令',
  '登录页面SQL注入漏洞',
  'MongoDB未授权访问',
  '内容管理系统任意文件上传漏洞',
  '目录遍历导致备份文件泄露',
  'OpenSSL心脏出血漏洞',
] as const;

export const ORGS: readonly string[] = [
  'city',
  'edu',
  'hosp',
  'bank',
  'power',
  'water',
  'transit',
  'tax',
  'news',
  'portal',
  'court',
  'univ',
];
const SHELLS: readonly string[] = ['shell', 'cmd', 'up', 'x', 'config_bak', 'test1'];
export const PORTS: readonly number[] = [22, 80, 443, 445, 1433, 3306, 3389, 6379, 8080, 9200, 27017];

export const CATEGORY_PROFILES: readonly CategoryProfile[] = [
  {
    code: 'malware',
    labelsZh: ['恶意程序', '木马', '僵尸网络', '蠕虫', '勒索软件'],
    labelsEn: ['trojan', 'worm', 'ransomware', 'Malware'],
    share: 0.2,
    growth: 1.8,
    weekly: 0.6,
    severity: [32, 50, 15, 3],
    attackerIp: 1,
    asset: (c) => `pc-${c.site}.${c.org}.test`,
    titleEn: [(c) => `${FAMILIES[c.family]} infection`, (c) => `Infected host in ${c.regionEn}`],
    titleZh: [(c) => `主机感染${FAMILIES[c.family]}`, () => `主机感染恶意程序`, () => `勒索软件感染`],
    descEn: [
      (c) => `Beacon to ${c.ip} seen ${c.count} times in an hour.`,
      (c) => `Sample quarantined; ${c.count} connections blocked.`,
      (c) => `Sandbox verdict ${FAMILIES[c.family]}; host isolated by the ${c.regionEn} team.`,
    ],
    descZh: [
      (c) => `一小时内回连${c.ip}共${c.count}次。`,
      (c) => `已阻断外联${c.count}次。`,
      (c) => `沙箱判定为${FAMILIES[c.family]}，已隔离主机。`,
    ],
  },
  {
    code: 'phishing',
    labelsZh: ['网页仿冒', '钓鱼', '仿冒'],
    labelsEn: ['Phishing', 'counterfeit page'],
    share: 0.14,
    growth: 3.2,
    weekly: 0.8,
    severity: [30, 50, 17, 3],
    attackerIp: 1,
    asset: (c) =>
      `http://${BRAND_SLUGS[c.brand] ?? 'bank'}-${PHISH_WORDS[c.site % PHISH_WORDS.length] ?? 'login'}${c.site % 5000}.example.com/`,
    titleEn: [(c) => `Fake ${BRANDS_EN[c.brand]} login page`, (c) => `Phishing: ${BRANDS_EN[c.brand]}`],
    titleZh: [(c) => `仿冒${BRANDS_ZH[c.brand]}网站`, (c) => `${BRANDS_ZH[c.brand]}钓鱼页面`],
    descEn: [
      (c) => `Posts credentials to ${c.ip}; ${c.count} user reports.`,
      () => `Kit harvests card numbers; takedown sent.`,
      (c) => `Copies the ${BRANDS_EN[c.brand]} sign-in form; registrar asked to suspend the domain.`,
    ],
    descZh: [(c) => `窃取的账号提交至${c.ip}。`, (c) => `已有${c.count}名用户举报。`],
  },
  {
    code: 'vulnerability',
    labelsZh: ['安全漏洞', '漏洞'],
    labelsEn: ['vuln', 'exposed service'],
    share: 0.13,
    growth: 2.1,
    weekly: 0.9,
    severity: [22, 50, 22, 6],
    attackerIp: 0,
    asset: (c) => `${c.org}${c.site}.example.org:${c.port}`,
    titleEn: [(c) => `${VULNS_EN[c.vuln]}`, (c) => `Exposed service on port ${c.port}`],
    titleZh: [(c) => `${VULNS_ZH[c.vuln]}`, (c) => `${c.regionZh}某单位系统存在漏洞`],
    descEn: [
      (c) => `${c.count} similar hosts in ${c.regionEn}.`,
      () => `Verified remotely; patch advised.`,
      (c) => `${VULNS_EN[c.vuln]} lets anyone take over the service on port ${c.port}.`,
    ],
    descZh: [(c) => `同类主机${c.count}台。`, () => `经验证可远程利用。`],
  },
  {
    code: 'defacement',
    labelsZh: ['网页篡改'],
    labelsEn: ['website defacement', 'Defacement'],
    share: 0.11,
    growth: 1.4,
    weekly: 0.7,
    severity: [24, 52, 20, 4],
    attackerIp: 0.4,
    asset: (c) => `www.${c.org}${c.site}.gov.example.cn`,
    titleEn: [() => `Website defaced`, (c) => `Portal defaced in ${c.regionEn}`],
    titleZh: [(c) => `${c.regionZh}政府网站被篡改`, () => `网页篡改`],
    descEn: [(c) => `${c.count} pages replaced with a banner.`, () => `Gambling links injected in footer.`],
    descZh: [(c) => `${c.count}个页面被修改。`, () => `页面被植入博彩暗链。`],
  },
  {
    code: 'backdoor',
    labelsZh: ['网站后门', '后门'],
    labelsEn: ['web shell', 'webshell'],
    share: 0.09,
    growth: 1.9,
    weekly: 0.7,
    severity: [20, 48, 26, 6],
    attackerIp: 1,
    asset: (c) => `http://${c.org}${c.site}.edu.example.cn/${SHELLS[c.count % SHELLS.length] ?? 'x'}.php`,
    titleEn: [() => `Web shell found`, () => `Backdoor via upload flaw`],
    titleZh: [() => `网站被植入后门`, () => `网站后门`],
    descEn: [(c) => `Used from ${c.ip} ${c.count} times.`],
    descZh: [(c) => `${c.ip}曾访问${c.count}次。`, () => `上传目录发现一句话木马。`],
  },
  {
    code: 'scanning',
    labelsZh: ['扫描探测'],
    labelsEn: ['scan', 'intrusion attempt'],
    share: 0.08,
    growth: 2,
    weekly: 0.1,
    severity: [70, 25, 5, 0],
    attackerIp: 1,
    asset: (c) => `gw${c.site % 4000}.${c.org}.example.com`,
    titleEn: [() => `Port scan`, () => `SSH brute force`, (c) => `Scan of port ${c.port}`],
    titleZh: [() => `扫描探测`, () => `SSH暴力破解`, (c) => `${c.port}端口扫描`],
    descEn: [(c) => `${c.count} probes in ten minutes.`],
    descZh: [(c) => `十分钟内探测${c.count}次。`],
  },
  {
    code: 'ddos',
    labelsZh: ['拒绝服务攻击'],
    labelsEn: ['DDoS', 'denial of service'],
    share: 0.05,
    growth: 2.2,
    weekly: 0.2,
    severity: [14, 48, 30, 8],
    attackerIp: 1,
    asset: (c) => `www.${c.org}${c.site}.example.com`,
    titleEn: [() => `DDoS attack`, () => `UDP flood on a portal`],
    titleZh: [() => `遭受拒绝服务攻击`, () => `门户网站遭DDoS攻击`],
    descEn: [(c) => `Peak ${c.count} Gbit/s; top source ${c.ip}.`, (c) => `Lasted ${c.count} minutes.`],
    descZh: [(c) => `峰值${c.count}Gbps。`, (c) => `持续${c.count}分钟。`],
  },
  {
    code: 'botnet_c2',
    labelsZh: ['控制端', '放马站点'],
    labelsEn: ['C2', 'malware hosting'],
    share: 0.05,
    growth: 1.5,
    weekly: 0.1,
    severity: [18, 46, 28, 8],
    attackerIp: 1,
    asset: (c) => `c2-${c.site % 3000}.example.net`,
    titleEn: [(c) => `Botnet controller ${c.ip}`, () => `Malware hosting site`],
    titleZh: [(c) => `控制端${c.ip}`, () => `放马站点`],
    descEn: [(c) => `${FAMILIES[c.family]} controls ${c.count} bots.`],
    descZh: [(c) => `控制${c.count}台主机。`],
  },
  {
    code: 'spam',
    labelsZh: ['垃圾邮件', '有害信息'],
    labelsEn: ['harmful content', 'Spam'],
    share: 0.04,
    growth: 1.2,
    weekly: 0.3,
    severity: [72, 24, 4, 0],
    attackerIp: 0.8,
    asset: (c) => `mx${c.site % 800}.example.net`,
    titleEn: [() => `Spam via open relay`, () => `Harmful content`],
    titleZh: [() => `垃圾邮件群发`, () => `有害信息传播`],
    descEn: [(c) => `${c.count} messages in one day.`],
    descZh: [(c) => `一天转发${c.count}封。`],
  },
  {
    code: 'intrusion',
    labelsZh: ['入侵', '账号失陷'],
    labelsEn: ['account compromise'],
    share: 0.03,
    growth: 1.9,
    weekly: 0.8,
    severity: [8, 40, 40, 12],
    attackerIp: 1,
    asset: (c) => `mail.${c.org}${c.site}.gov.example.cn`,
    titleEn: [() => `Mail accounts compromised`, () => `Server intrusion`],
    titleZh: [() => `邮箱账号失陷`, () => `服务器被入侵`],
    descEn: [(c) => `${c.count} logins from ${c.ip}.`],
    descZh: [(c) => `${c.count}个账号异常登录。`],
  },
  {
    code: 'data_leak',
    labelsZh: ['数据泄露'],
    labelsEn: ['data breach', 'leak'],
    share: 0.025,
    growth: 2.5,
    weekly: 0.9,
    severity: [6, 34, 42, 18],
    attackerIp: 0.3,
    asset: (c) => `db${c.site % 2000}.${c.org}.example.org`,
    titleEn: [() => `Personal data for sale`, () => `Exposed database`],
    titleZh: [() => `个人信息泄露`, () => `数据库泄露`],
    descEn: [(c) => `About ${c.count}k records with phone numbers.`],
    descZh: [(c) => `约${c.count}千条记录。`],
  },
  {
    code: 'fraud',
    labelsZh: ['诈骗'],
    labelsEn: ['scam', 'Fraud'],
    share: 0.025,
    growth: 2.7,
    weekly: 0.8,
    severity: [30, 50, 16, 4],
    attackerIp: 1,
    asset: (c) => `http://${BRAND_SLUGS[c.brand] ?? 'mall'}-refund${c.site % 3000}.example/`,
    titleEn: [(c) => `Refund scam: ${BRANDS_EN[c.brand]}`, () => `Fake investment site`],
    titleZh: [() => `冒充客服退款诈骗`, () => `虚假投资平台`],
    descEn: [(c) => `${c.count} complaints received.`],
    descZh: [(c) => `已收到${c.count}起投诉。`],
  },
  {
    code: 'other',
    labelsZh: ['其他'],
    labelsEn: ['Other'],
    share: 0.02,
    growth: 1.2,
    weekly: 0.8,
    severity: [50, 40, 9, 1],
    attackerIp: 0.2,
    asset: (c) => `${c.org}${c.site}.example.com`,
    titleEn: [() => `Suspicious activity`, () => `Other security event`],
    titleZh: [() => `其他安全事件`, () => `可疑事件通报`],
    descEn: [() => `Partner report; needs triage.`],
    descZh: [() => `合作单位通报，待研判。`],
  },
  {
    code: 'outage',
    labelsZh: ['设备设施故障'],
    labelsEn: ['failure', 'Outage'],
    share: 0.01,
    growth: 1,
    weekly: 0.4,
    severity: [20, 50, 24, 6],
    attackerIp: 0,
    asset: (c) => `dns${c.site % 40}.isp-a.test`,
    titleEn: [(c) => `DNS outage in ${c.regionEn}`, () => `Fibre cut`],
    titleZh: [() => `域名解析故障`, () => `光缆中断`],
    descEn: [(c) => `Down ${c.count} minutes; no attack seen.`],
    descZh: [(c) => `中断${c.count}分钟。`],
  },
];

/**
 * Multi-line notes, always written quoted: each has an ASCII comma, a double quote (doubled in the file)
 * and a line break, so a file exercises RFC 4180 quoting as real analyst notes do.
 */
export const NOTES_EN: readonly Template[] = [
  (c) =>
    `Analyst note, ${c.source}: asset ${c.host} confirmed "active" at time of report.\nOwner notified, ticket T-${c.ticket}; re-check in 48 hours.`,
  (c) =>
    `Reported by "${c.source}" sensor, ${c.count} related events.\nSee attachment; status "pending owner reply".`,
  (c) =>
    `First seen in ${c.regionEn}, escalated to the regional team.\nQuote from owner: "we are restoring service".`,
];
export const NOTES_ZH: readonly Template[] = [
  (c) => `研判意见, ${c.source}: ${c.host}"仍然在线"。\n已通知责任单位, 工单T-${c.ticket}, 48小时后复查。`,
  (c) => `${c.regionZh}分中心上报, 关联事件${c.count}起。\n责任单位答复: "正在整改"。`,
  (c) => `监测发现"异常",已协调处置。\n处置情况: 已下线, 待复核, 工单T-${c.ticket}。`,
];

/** Feeds of a consolidated export, how often each writes in Chinese and leaves the description blank. */
export const SOURCES: readonly { name: string; weight: number; chinese: number; blank: number }[] = [
  { name: 'cncert-feed', weight: 30, chinese: 0.75, blank: 0.1 },
  { name: 'isp-a', weight: 20, chinese: 0.5, blank: 0.15 },
  { name: 'isp-b', weight: 12, chinese: 0.45, blank: 0.2 },
  { name: 'honeynet', weight: 15, chinese: 0.05, blank: 0.5 },
  { name: 'partner-cert', weight: 15, chinese: 0.15, blank: 0.05 },
  { name: 'sandbox-lab', weight: 8, chinese: 0.2, blank: 0.3 },
];

/** Provinces and municipalities, Chinese and pinyin, weighted roughly by the incidents they report. */
export const REGIONS: readonly { zh: string; en: string; weight: number }[] = [
  { zh: '广东', en: 'Guangdong', weight: 14 },
  { zh: '北京', en: 'Beijing', weight: 12 },
  { zh: '浙江', en: 'Zhejiang', weight: 9 },
  { zh: '江苏', en: 'Jiangsu', weight: 8 },
  { zh: '上海', en: 'Shanghai', weight: 8 },
  { zh: '山东', en: 'Shandong', weight: 6 },
  { zh: '河南', en: 'Henan', weight: 5 },
  { zh: '四川', en: 'Sichuan', weight: 5 },
  { zh: '福建', en: 'Fujian', weight: 4 },
  { zh: '湖北', en: 'Hubei', weight: 4 },
  { zh: '河北', en: 'Hebei', weight: 4 },
  { zh: '湖南', en: 'Hunan', weight: 3 },
  { zh: '天津', en: 'Tianjin', weight: 3 },
  { zh: '重庆', en: 'Chongqing', weight: 3 },
  { zh: '安徽', en: 'Anhui', weight: 3 },
  { zh: '辽宁', en: 'Liaoning', weight: 3 },
  { zh: '陕西', en: 'Shaanxi', weight: 2 },
  { zh: '云南', en: 'Yunnan', weight: 2 },
  { zh: '黑龙江', en: 'Heilongjiang', weight: 1 },
  { zh: '新疆', en: 'Xinjiang', weight: 1 },
];

/** Labels no taxonomy knows, so the importer's unknown-label report has something to show. */
export const UNKNOWN_LABELS: readonly string[] = [
  '可疑行为',
  'misc-feed-7',
  '异常流量',
  '待研判',
  'suspicious-activity',
  'APT疑似',
];

/** Values of occurred_at that no importer can read: the broken rows of a real export. */
export const BROKEN_TIMES: readonly ((year: number) => string)[] = [
  () => 'N/A',
  (year) => `${year}-13-45`,
  () => '',
  () => 'unknown',
  () => '0000-00-00 00:00:00',
  (year) => `${year}-02-30T25:61:00Z`,
  () => '待定',
];
