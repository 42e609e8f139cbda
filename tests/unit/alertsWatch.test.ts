// Watched terms: how a term is read (domain suffix, IPv4 range, word), the messages for terms that
// cannot be watched, and which incidents each one matches.
import { describe, expect, it } from 'vitest';
import { parseWatchTerm } from '../../src/shared/alertTerms';
import { ruleDraftSchema } from '../../src/shared/alerts';
import { assetHost, compileTerms, RowFeatures, type WatchRow } from '../../src/main/alerts/watchMatch';

function row(fields: Partial<WatchRow>): RowFeatures {
  return new RowFeatures({ asset: '', asset_ip: '', attacker_ip: '', title: '', description: '', ...fields });
}

function matches(term: string, fields: Partial<WatchRow>): string | null {
  const [compiled] = compileTerms([term]);
  if (compiled === undefined) throw new Error(`${term} did not compile`);
  return compiled.match(row(fields));
}

describe('watched terms', () => {
  it('reads domains, ranges and words', () => {
    expect(parseWatchTerm(' .gov.cn ')).toEqual({ kind: 'domain', text: '.gov.cn', suffix: 'gov.cn' });
    expect(parseWatchTerm('Example.COM')).toMatchObject({ kind: 'domain', suffix: 'example.com' });
    expect(parseWatchTerm('10.0.0.0/8')).toEqual({
      kind: 'cidr',
      text: '10.0.0.0/8',
      network: 167772160,
      prefix: 8,
    });
    expect(parseWatchTerm('192.0.2.77/24')).toMatchObject({ kind: 'cidr', network: 3221225984, prefix: 24 });
    expect(parseWatchTerm('198.51.100.7')).toMatchObject({ kind: 'cidr', prefix: 32 });
    expect(parseWatchTerm('Emotet')).toEqual({ kind: 'word', text: 'Emotet', word: 'emotet' });
    expect(parseWatchTerm('v2.0')).toMatchObject({ kind: 'word' });
    expect(parseWatchTerm('勒索软件')).toMatchObject({ kind: 'word', word: '勒索软件' });
  });

  it('says why a term cannot be watched', () => {
    expect(parseWatchTerm('   ')).toEqual({ error: 'A watched term cannot be empty.' });
    const error = (term: string): string => {
      const parsed = parseWatchTerm(term);
      return 'error' in parsed ? parsed.error : 'accepted';
    };
    expect(error('10.0.0.300/8')).toMatch(/not an IPv4/);
    expect(error('10.0.0.0/33')).toMatch(/10\.0\.0\.0\/8/);
    expect(error('1.2/3')).toMatch(/not an IPv4 range/);
    const parsed = ruleDraftSchema.safeParse({
      name: 'watch',
      scope: { categories: [], dimension: null },
      params: { kind: 'watchlist', window: { length: 1, unit: 'days' }, terms: ['.gov.cn', '10.1.1.1/40'] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['params', 'terms', 1] });
  });

  it('matches a domain suffix in the asset or the text, not a lookalike', () => {
    expect(assetHost('https://admin@www.MOE.gov.cn:8443/login?x=1')).toBe('www.moe.gov.cn');
    expect(matches('.gov.cn', { asset: 'http://www.moe.gov.cn/index.html' })).toBe('www.moe.gov.cn');
    expect(matches('.gov.cn', { asset: 'gov.cn' })).toBe('gov.cn');
    expect(matches('.gov.cn', { description: '网站 portal.sz.gov.cn 遭篡改' })).toBe('portal.sz.gov.cn');
    expect(matches('.gov.cn', { asset: 'www.notgov.cn' })).toBeNull();
    expect(matches('.gov.cn', { asset: 'www.gov.cn.evil.com' })).toBeNull();
  });

  it('matches an IPv4 range in the addresses or the text', () => {
    expect(matches('10.0.0.0/8', { attacker_ip: '10.20.30.40' })).toBe('10.20.30.40');
    expect(matches('10.0.0.0/8', { asset_ip: '8.8.8.8; 10.1.2.3' })).toBe('10.1.2.3');
    expect(matches('192.0.2.0/24', { title: 'C2 at 192.0.2.200 seen' })).toBe('192.0.2.200');
    expect(matches('192.0.2.0/24', { asset_ip: '192.0.3.1' })).toBeNull();
    expect(matches('0.0.0.0/0', { asset_ip: '203.0.113.9' })).toBe('203.0.113.9');
  });

  it('matches words whole in Latin text and anywhere in Chinese text, ignoring case and width', () => {
    expect(matches('emotet', { title: 'EMOTET dropper on host' })).toBe('emotet');
    expect(matches('emotet', { title: 'Ｅｍｏｔｅｔ spam' })).toBe('emotet');
    expect(matches('emotet', { title: 'emotetish' })).toBeNull();
    expect(matches('勒索软件', { description: '发现勒索软件加密文件' })).toBe('勒索软件');
    expect(matches('web shell', { description: 'a web shell was found' })).toBe('web shell');
  });
});
