import { describe, expect, it } from 'vitest';
import { SEVERITIES, parseSeverity, type Severity } from '../../../src/shared/severity';

function expectAll(cases: readonly (readonly [string, Severity | null])[]): void {
  for (const [text, severity] of cases) expect(parseSeverity(text), JSON.stringify(text)).toBe(severity);
}

describe('parseSeverity', () => {
  it('keeps its levels in order from least to most severe', () => {
    expect(SEVERITIES).toEqual(['low', 'medium', 'high', 'critical']);
  });

  it('reads the English words, whatever their case, width or surrounding spaces', () => {
    expectAll([
      ['low', 'low'],
      ['Medium', 'medium'],
      ['MODERATE', 'medium'],
      ['high', 'high'],
      ['Critical', 'critical'],
      ['informational', 'low'],
      ['Info', 'low'],
      ['minor', 'low'],
      ['Major', 'high'],
      ['severe', 'critical'],
      ['URGENT', 'critical'],
      ['  high  ', 'high'],
      ['ＨＩＧＨ', 'high'],
      ['ｃｒｉｔｉｃａｌ', 'critical'],
      ['High (3)', 'high'],
    ]);
  });

  it('reads numbers 1–4 upwards and P1–P4 downwards', () => {
    expectAll([
      ['1', 'low'],
      ['2', 'medium'],
      ['3', 'high'],
      ['4', 'critical'],
      ['４', 'critical'],
      ['P1', 'critical'],
      ['p2', 'high'],
      ['P3', 'medium'],
      ['P4', 'low'],
      ['Ｐ１', 'critical'],
      ['P 1', 'critical'],
    ]);
  });

  it('reads the Chinese grades, in ASCII and full-width Roman numerals and in Chinese numerals', () => {
    expectAll([
      ['特别重大', 'critical'],
      ['重大', 'high'],
      ['较大', 'medium'],
      ['一般', 'low'],
      ['重大事件', 'high'],
      ['I级', 'critical'],
      ['II级', 'high'],
      ['III级', 'medium'],
      ['IV级', 'low'],
      ['Ⅰ级', 'critical'],
      ['Ⅱ级', 'high'],
      ['Ⅲ级', 'medium'],
      ['Ⅳ级', 'low'],
      ['ⅳ级', 'low'],
      ['ＩＶ级', 'low'],
      ['i级', 'critical'],
      ['一级', 'critical'],
      ['二级', 'high'],
      ['三级', 'medium'],
      ['四级', 'low'],
      ['1级', 'critical'],
      ['4级', 'low'],
      ['Ⅰ级（特别重大）', 'critical'],
      ['Ⅲ级(较大)', 'medium'],
    ]);
  });

  it('reads the Chinese words', () => {
    expectAll([
      ['高', 'high'],
      ['中', 'medium'],
      ['低', 'low'],
      ['严重', 'critical'],
      ['紧急', 'critical'],
      ['高危', 'high'],
      ['中危', 'medium'],
      ['低危', 'low'],
      ['超危', 'critical'],
    ]);
  });

  it('knows no other value', () => {
    expectAll([
      ['', null],
      ['   ', null],
      ['0', null],
      ['5', null],
      ['-1', null],
      ['1.0', null],
      ['P0', null],
      ['P5', null],
      ['V级', null],
      ['五级', null],
      ['none', null],
      ['unknown', null],
      ['very high', null],
      ['highest', null],
      ['(high)', null],
      ['高中', null],
    ]);
  });

  it('answers the same the second time, from memory, and keeps answering past its memory', () => {
    expect(parseSeverity('Ⅱ级')).toBe('high');
    expect(parseSeverity('Ⅱ级')).toBe('high');
    for (let i = 0; i < 3000; i++) expect(parseSeverity(`free text ${String(i)}`)).toBeNull();
    expect(parseSeverity('Ⅱ级')).toBe('high');
    expect(parseSeverity('nope')).toBeNull();
    expect(parseSeverity('nope')).toBeNull();
  });
});
