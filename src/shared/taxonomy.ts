// The canonical incident categories of DESIGN.md §3 with the labels seen in English and Chinese exports.
// Matching is case- and width-insensitive (NFKC + lower case), so "ＤＤｏＳ" and "ddos" are the same label.

export const CATEGORY_CODES = [
  'malware',
  'botnet_c2',
  'defacement',
  'backdoor',
  'phishing',
  'ddos',
  'vulnerability',
  'data_leak',
  'intrusion',
  'scanning',
  'spam',
  'fraud',
  'outage',
  'other',
  'uncategorized',
] as const;

export type CategoryCode = (typeof CATEGORY_CODES)[number];

interface CategoryInfo {
  en: string;
  zh: string;
  synonyms: readonly string[];
}

export const CATEGORIES: Readonly<Record<CategoryCode, CategoryInfo>> = {
  malware: {
    en: 'Malware infection',
    zh: '恶意程序',
    synonyms: [
      'malware',
      'trojan',
      'botnet',
      'worm',
      'ransomware',
      'virus',
      '恶意程序',
      '木马',
      '僵尸网络',
      '蠕虫',
      '勒索软件',
      '病毒',
    ],
  },
  botnet_c2: {
    en: 'Botnet C2 / malware hosting',
    zh: '控制端',
    synonyms: ['botnet c2', 'c2', 'c&c', 'command and control', 'malware hosting', '控制端', '放马站点'],
  },
  defacement: {
    en: 'Website defacement',
    zh: '网页篡改',
    synonyms: ['defacement', 'website defacement', '网页篡改', '篡改'],
  },
  backdoor: {
    en: 'Website backdoor',
    zh: '网站后门',
    synonyms: ['backdoor', 'web shell', 'webshell', '网站后门', '后门'],
  },
  phishing: {
    en: 'Phishing',
    zh: '网页仿冒',
    synonyms: ['phishing', 'counterfeit page', 'counterfeit', '网页仿冒', '钓鱼', '仿冒', '网络钓鱼'],
  },
  ddos: {
    en: 'Denial of service',
    zh: '拒绝服务攻击',
    synonyms: ['ddos', 'dos', 'denial of service', '拒绝服务攻击', '拒绝服务'],
  },
  vulnerability: {
    en: 'Vulnerability',
    zh: '安全漏洞',
    synonyms: ['vulnerability', 'exposed service', 'vuln', '安全漏洞', '漏洞'],
  },
  data_leak: {
    en: 'Data leak',
    zh: '数据泄露',
    synonyms: ['data leak', 'data breach', 'leak', 'breach', '数据泄露', '泄露'],
  },
  intrusion: {
    en: 'Intrusion',
    zh: '入侵',
    synonyms: ['intrusion', 'account compromise', 'compromise', '入侵', '账号失陷'],
  },
  scanning: {
    en: 'Scanning',
    zh: '扫描探测',
    synonyms: ['scanning', 'scan', 'intrusion attempt', '扫描探测', '扫描'],
  },
  spam: {
    en: 'Spam / harmful content',
    zh: '垃圾邮件',
    synonyms: ['spam', 'harmful content', '垃圾邮件', '有害信息'],
  },
  fraud: { en: 'Fraud', zh: '诈骗', synonyms: ['fraud', 'impersonation', 'scam', '诈骗'] },
  outage: { en: 'Outage', zh: '设备设施故障', synonyms: ['outage', 'failure', '设备设施故障', '故障'] },
  other: { en: 'Other', zh: '其他', synonyms: ['other', 'others', '其他', '其它'] },
  uncategorized: { en: 'Uncategorized', zh: '未分类', synonyms: ['uncategorized', '未分类'] },
};

/** Folds case and full-width forms so that labels compare as a reader would compare them. */
export function foldLabel(label: string): string {
  return label
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

const synonymIndex: ReadonlyMap<string, CategoryCode> = (() => {
  const index = new Map<string, CategoryCode>();
  for (const code of CATEGORY_CODES) {
    index.set(foldLabel(code), code);
    index.set(foldLabel(CATEGORIES[code].en), code);
    for (const synonym of CATEGORIES[code].synonyms) index.set(foldLabel(synonym), code);
  }
  return index;
})();

/** The canonical code for a label as a source wrote it; unknown or empty labels are `uncategorized`. */
export function categorize(label: string): CategoryCode {
  if (label.trim() === '') return 'uncategorized';
  return synonymIndex.get(foldLabel(label)) ?? 'uncategorized';
}

export function isCategoryCode(value: string): value is CategoryCode {
  return (CATEGORY_CODES as readonly string[]).includes(value);
}
