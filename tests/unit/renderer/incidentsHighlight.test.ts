import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments, termPattern } from '../../../src/renderer/src/incidents/highlight';

const join = (segments: { text: string }[]): string => segments.map((s) => s.text).join('');
const marked = (text: string, terms: string[]): string[] =>
  highlightSegments(text, termPattern(terms))
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('search highlighting', () => {
  it('cuts any text into runs that give it back whole', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.array(fc.string({ unit: 'grapheme' })),
        (text, terms) => {
          expect(join(highlightSegments(text, termPattern(terms)))).toBe(text);
        },
      ),
    );
  });

  it('marks every match, whatever its case, the longest term first', () => {
    expect(marked('Phishing: Example BANK, bank login', ['bank'])).toEqual(['BANK', 'bank']);
    expect(marked('phishing phish', ['phish', 'phishing'])).toEqual(['phishing', 'phish']);
    expect(marked('发现钓鱼网站', ['钓鱼'])).toEqual(['钓鱼']);
  });

  it('reads terms as text, never as a pattern', () => {
    expect(marked('a.b axb (x)', ['a.b', '(x)'])).toEqual(['a.b', '(x)']);
    expect(marked('<script>', ['<script>'])).toEqual(['<script>']);
    expect(termPattern([' ', ''])).toBeNull();
    expect(highlightSegments('abc', null)).toEqual([{ text: 'abc', mark: false }]);
  });
});
