import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_CODES,
  categorize,
  foldLabel,
  isCategoryCode,
  type CategoryCode,
} from '../../../src/shared/taxonomy';

function expectAll(cases: readonly (readonly [string, CategoryCode])[]): void {
  for (const [label, code] of cases) expect(categorize(label), label).toBe(code);
}

describe('taxonomy', () => {
  it('lists no label under two codes, so no label is decided by list order', () => {
    const owner = new Map<string, CategoryCode>();
    for (const code of CATEGORY_CODES) {
      for (const label of [code, CATEGORIES[code].en, ...CATEGORIES[code].synonyms]) {
        const key = foldLabel(label);
        const earlier = owner.get(key);
        expect(
          earlier === undefined || earlier === code,
          `"${label}" under ${String(earlier)} and ${code}`,
        ).toBe(true);
        owner.set(key, code);
      }
    }
  });

  it('maps every code, English name, Chinese name and synonym to its own code', () => {
    for (const code of CATEGORY_CODES) {
      expect(categorize(code)).toBe(code);
      expect(categorize(CATEGORIES[code].en)).toBe(code);
      expect(categorize(CATEGORIES[code].zh)).toBe(code);
      for (const synonym of CATEGORIES[code].synonyms) expect(categorize(synonym), synonym).toBe(code);
      expect(isCategoryCode(code)).toBe(true);
    }
    expect(isCategoryCode('ransomware')).toBe(false);
  });

  it('reads the VERIS action categories', () => {
    expectAll([
      ['Malware', 'malware'],
      ['Hacking', 'intrusion'],
      ['Social', 'phishing'],
      ['Error', 'outage'],
      ['Environmental', 'outage'],
      ['Misuse', 'other'],
      ['Physical', 'other'],
    ]);
  });

  it('reads English labels seen in exports', () => {
    expectAll([
      ['DoS', 'ddos'],
      ['Denial-of-Service', 'ddos'],
      ['DDoS Attack', 'ddos'],
      ['Trojan Horse', 'malware'],
      ['Cryptominer', 'malware'],
      ['C&C Server', 'botnet_c2'],
      ['Drive-by Download', 'botnet_c2'],
      ['Web_Shell', 'backdoor'],
      ['Phishing Site', 'phishing'],
      ['Spear-Phishing', 'phishing'],
      ['Information Disclosure', 'data_leak'],
      ['Data Exfiltration', 'data_leak'],
      ['Unauthorized Access', 'intrusion'],
      ['Account Takeover', 'intrusion'],
      ['Brute Force', 'scanning'],
      ['Port Scan', 'scanning'],
      ['Weak Password', 'vulnerability'],
      ['Business Email Compromise', 'fraud'],
      ['Junk Mail', 'spam'],
      ['Power Outage', 'outage'],
      ['Miscellaneous', 'other'],
    ]);
  });

  it('reads Chinese labels seen in CERT reports and GB/Z 20986 classes', () => {
    expectAll([
      ['木马病毒', 'malware'],
      ['僵尸主机', 'malware'],
      ['挖矿木马', 'malware'],
      ['有害程序事件', 'malware'],
      ['特洛伊木马事件', 'malware'],
      ['网页挂马', 'botnet_c2'],
      ['木马控制端', 'botnet_c2'],
      ['网页内嵌恶意代码事件', 'botnet_c2'],
      ['网站篡改', 'defacement'],
      ['信息篡改事件', 'defacement'],
      ['网站后门', 'backdoor'],
      ['一句话木马', 'backdoor'],
      ['网站木马', 'backdoor'],
      ['后门攻击事件', 'backdoor'],
      ['钓鱼网站', 'phishing'],
      ['仿冒网站', 'phishing'],
      ['信息假冒事件', 'phishing'],
      ['拒绝服务', 'ddos'],
      ['拒绝服务攻击事件', 'ddos'],
      ['CC攻击', 'ddos'],
      ['漏洞', 'vulnerability'],
      ['弱口令', 'vulnerability'],
      ['信息泄露', 'data_leak'],
      ['信息泄漏事件', 'data_leak'],
      ['拖库', 'data_leak'],
      ['非法入侵', 'intrusion'],
      ['漏洞攻击事件', 'intrusion'],
      ['主机失陷', 'intrusion'],
      ['暴力破解', 'scanning'],
      ['漏洞扫描', 'scanning'],
      ['网络扫描窃听事件', 'scanning'],
      ['违法有害信息', 'spam'],
      ['信息内容安全事件', 'spam'],
      ['电信网络诈骗', 'fraud'],
      ['软硬件自身故障', 'outage'],
      ['灾害性事件', 'outage'],
      ['其他事件', 'other'],
      ['干扰事件', 'other'],
    ]);
  });

  it('is case- and width-insensitive', () => {
    expectAll([
      ['ＤＤｏＳ', 'ddos'],
      ['ddos', 'ddos'],
      ['DDOS', 'ddos'],
      ['ＤＤｏＳ攻击', 'ddos'],
      ['  Phishing  ', 'phishing'],
      ['ＷＥＢＳＨＥＬＬ', 'backdoor'],
      ['Ｃ２服务器', 'botnet_c2'],
      ['HACKING', 'intrusion'],
    ]);
  });

  it('leaves unknown labels, empty ones and broad parent classes uncategorized', () => {
    expectAll([
      ['', 'uncategorized'],
      ['   ', 'uncategorized'],
      ['mystery label', 'uncategorized'],
      ['网络攻击事件', 'uncategorized'],
      ['信息破坏事件', 'uncategorized'],
      ['attack', 'uncategorized'],
      ['incident', 'uncategorized'],
      ['malware!', 'uncategorized'],
      ['ddos and phishing', 'uncategorized'],
      ['后门 程序', 'uncategorized'],
    ]);
  });
});
